# 10,000 nested awaits (the recursion limit raised): a cancel reaches the bottom frame and the value comes back up.
import asyncio
import sys

sys.setrecursionlimit(25000)


async def chain(n):
    if n == 0:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('cancelled at the bottom of the chain')
        return 0
    return await chain(n - 1) + 1


async def main():
    t = asyncio.create_task(chain(10000))
    await asyncio.sleep(0)
    t.cancel()
    print(await t)


asyncio.run(main())
