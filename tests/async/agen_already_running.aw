# one __anext__() at a time
import asyncio

async def slow():
    await asyncio.sleep(0.01)
    yield 'slow'

async def main():
    g = slow()
    t = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    for make in (g.__anext__, g.aclose, lambda: g.athrow(ValueError)):
        try:
            await make()
        except RuntimeError as e:
            print(e)
    print(await t)

asyncio.run(main())
