# 10,000 nested awaits, each frame suspended at the bottom, with the recursion limit raised.
import asyncio
import sys

sys.setrecursionlimit(25000)


async def chain(n):
    if n == 0:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        return 0
    return await chain(n - 1) + 1


async def main():
    print(await chain(10000))
    t = asyncio.create_task(chain(10000))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled through 10000 frames')


asyncio.run(main())
