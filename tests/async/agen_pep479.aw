# StopIteration and StopAsyncIteration raised inside become RuntimeError
import asyncio

async def sai():
    yield 1
    raise StopAsyncIteration('inner')

async def si():
    yield 1
    raise StopIteration(5)

async def main():
    for f in (sai, si):
        g = f()
        await g.__anext__()
        try:
            await g.__anext__()
        except RuntimeError as e:
            print(e, '<-', repr(e.__cause__), e.__suppress_context__)
        try:
            await g.__anext__()
        except StopAsyncIteration:
            print('then exhausted')

asyncio.run(main())
