# the handled exception belongs to the generator while it is suspended
import asyncio

async def gen():
    try:
        raise KeyError('inside')
    except KeyError:
        yield 1
        raise

async def main():
    g = gen()
    try:
        raise ValueError('outside')
    except ValueError:
        print(await g.__anext__())
        try:
            raise
        except ValueError as e:
            print('still handling', repr(e))
    try:
        await g.__anext__()
    except KeyError as e:
        print('re-raised', repr(e))

asyncio.run(main())
