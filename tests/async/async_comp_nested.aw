# several clauses, mixing async for and for
import asyncio

async def agen(n):
    for i in range(n):
        yield i

async def main():
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([(x, y) for x in range(3) async for y in agen(x)])
    print([(x, y) async for x in agen(3) async for y in agen(2) if x != y])
    print([[y async for y in agen(x)] async for x in agen(3)])

asyncio.run(main())
