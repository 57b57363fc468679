# an async generator awaiting a deep chain, several consumed by gather
import asyncio

async def depth(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await depth(n - 1)

async def gen(tag, n):
    for i in range(3):
        d = await depth(n)
        yield tag, i, d

async def consume(tag, n):
    out = []
    async for item in gen(tag, n):
        out.append(item)
    return out

async def main():
    for r in await asyncio.gather(consume('a', 50), consume('b', 200)):
        print(r)

asyncio.run(main())
