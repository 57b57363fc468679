# Done callbacks run in registration order, one loop round after completion.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for i in range(3):
        fut.add_done_callback(lambda f, i=i: print('callback', i, f.result()))
    fut.set_result('x')
    print('result set')
    await asyncio.sleep(0)
    print('after one round')


asyncio.run(main())
