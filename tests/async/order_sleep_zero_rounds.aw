# sleep(0) yields for exactly one round: three tickers interleave strictly.
import asyncio


async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(ticker('a', 3), ticker('b', 2), ticker('c', 4))


asyncio.run(main())
