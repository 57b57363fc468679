# athrow() throws into the generator at its yield
import asyncio

async def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print('caught', e)
            n += 100
        n += 1

async def fragile():
    yield 1
    yield 2

async def main():
    g = resilient()
    print(await g.__anext__())
    print(await g.athrow(ValueError('first')))
    print(await g.athrow(ValueError, ValueError('second')))
    print(await g.__anext__())
    f = fragile()
    print(await f.__anext__())
    try:
        await f.athrow(KeyError('k'))
    except KeyError as e:
        print('propagated', repr(e))
    try:
        await f.__anext__()
    except StopAsyncIteration:
        print('fragile is finished')
    print('athrow on a finished generator:', await f.athrow(ValueError))

asyncio.run(main())
