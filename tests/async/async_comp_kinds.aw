# list, set, dict comprehensions and generator expressions with async for
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    print([x * x async for x in agen(4)])
    print(sorted({x % 2 async for x in agen(4)}))
    print({x: str(x) async for x in agen(3)})
    g = (x + 1 async for x in agen(3))
    print(type(g).__name__)
    print([y async for y in g])
    print([x async for x in agen(6) if x % 2 if x > 1])

asyncio.run(main())
