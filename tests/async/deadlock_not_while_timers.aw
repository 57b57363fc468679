# Waiting on a future that a timer completes later is not a deadlock.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, 'set by a timer')
    print(await fut)
    ev = asyncio.Event()
    loop.call_later(0.1, ev.set)
    print(await ev.wait())


asyncio.run(main())
