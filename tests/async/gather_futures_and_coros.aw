# gather mixes futures, tasks and coroutines; a future set later still counts.
import asyncio


async def coro():
    return 'coro'


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, 'future')
    task = asyncio.create_task(coro())
    print(await asyncio.gather(fut, task, coro()))


asyncio.run(main())
