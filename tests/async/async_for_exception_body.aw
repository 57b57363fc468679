# an exception in the body leaves the loop through the enclosing handlers
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')

async def main():
    try:
        async for x in agen():
            try:
                raise KeyError(x)
            finally:
                print('body finally')
    except KeyError as e:
        print('caught', repr(e))
    await asyncio.sleep(0)
    print('one round later')
    await asyncio.sleep(0)
    print('two rounds later')

asyncio.run(main())
