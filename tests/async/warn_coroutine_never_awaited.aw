# A coroutine created and dropped: RuntimeWarning, and the program goes on.
import asyncio


async def forgotten():
    print('never runs')


async def main():
    forgotten()
    await asyncio.sleep(0)
    print('main ends normally')


asyncio.run(main())
