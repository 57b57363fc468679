# Sleeps of the same length wake in the order they started.
import asyncio


async def nap(i):
    await asyncio.sleep(0.05)
    print('woke', i)


async def main():
    await asyncio.gather(*(nap(i) for i in range(6)))


asyncio.run(main())
