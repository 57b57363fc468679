# aiter() and anext(), with and without a default
import asyncio

async def gen():
    yield 1

class It:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

async def main():
    g = gen()
    print(aiter(g) is g)
    print(await anext(g))
    print(await anext(g, 'default'))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    print(await anext(It(), 'empty'))
    for bad in (lambda: aiter(1), lambda: anext(1), lambda: anext(g, 1, 2)):
        try:
            bad()
        except TypeError as e:
            print('TypeError:', e)

asyncio.run(main())
