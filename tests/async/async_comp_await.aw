# await inside comprehensions of an async function
import asyncio

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def keep(x):
    return x != 2

async def main():
    print([await double(x) for x in range(4)])
    print([x for x in range(5) if await keep(x)])
    print({x: await double(x) for x in range(3)})
    g = (await double(x) for x in range(3))
    print(type(g).__name__, [v async for v in g])
    print([[await double(y) for y in range(x)] for x in range(3)])

asyncio.run(main())
