# @asynccontextmanager with async with
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def atag(name):
    print('<a %s>' % name)
    await asyncio.sleep(0)
    try:
        yield name
    finally:
        await asyncio.sleep(0)
        print('</a %s>' % name)

@asynccontextmanager
async def asuppress():
    try:
        yield
    except KeyError as e:
        print('async suppressed', repr(e))

async def main():
    async with atag('x') as n:
        print('inside', n)
    async with asuppress():
        raise KeyError('ak')
    try:
        async with asuppress():
            raise ValueError('av')
    except ValueError as e:
        print('async propagated', repr(e))
    try:
        async with asuppress():
            raise StopAsyncIteration('sai')
    except StopAsyncIteration as e:
        print('StopAsyncIteration passes through', e)
    try:
        async with atag('raising'):
            raise IndexError('i')
    except IndexError as e:
        print('propagated', repr(e))
    print(type(atag('t')).__name__)

asyncio.run(main())
