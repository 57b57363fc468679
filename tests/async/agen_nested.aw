# async generators consuming async generators
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def squares(n):
    async for i in numbers(n):
        yield i * i

async def pairs(n):
    async for a in squares(n):
        async for b in numbers(2):
            yield a, b

async def main():
    print([p async for p in pairs(3)])
    g = squares(4)
    print(await anext(g), await anext(g))
    await g.aclose()

asyncio.run(main())
