# Awaiting a future that is already done does not yield to the loop.
import asyncio


async def other():
    print('other runs')


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(1)
    t = asyncio.create_task(other())
    print('await done future ->', await fut)
    print('other still pending:', not t.done())
    await t
    print('other done:', t.done())


asyncio.run(main())
