# a generator that yields while it is closed
import asyncio

async def stubborn():
    try:
        yield 1
    finally:
        yield 'no'

async def swallow():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print('ignoring GeneratorExit')

async def main():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print('RuntimeError:', e)
    s = swallow()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
