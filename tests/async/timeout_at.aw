# timeout_at takes an absolute loop time; a past deadline fires at the first await.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.1):
            await asyncio.sleep(1)
    except TimeoutError:
        print('deadline passed')
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print('body starts')
            await asyncio.sleep(0)
            print('never here')
    except TimeoutError:
        print('past deadline')


asyncio.run(main())
