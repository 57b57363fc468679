# an async generator ending while it holds another it created in a local
import asyncio
async def inner():
    yield 1
    yield 2
async def outer():
    g = inner()
    yield await g.__anext__()
async def main():
    data = [str(i) for i in range(3000)]
    async for x in outer():
        print(x)
    async for x in outer():
        print(x)
asyncio.run(main())
