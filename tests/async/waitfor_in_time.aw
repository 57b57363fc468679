# wait_for returns the result when the awaitable finishes in time.
import asyncio


async def quick(v):
    await asyncio.sleep(0.1)
    return v


async def main():
    print(await asyncio.wait_for(quick('fast enough'), timeout=1))
    print(await asyncio.wait_for(quick('no limit'), timeout=None))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, 'future')
    print(await asyncio.wait_for(fut, 0.5))


asyncio.run(main())
