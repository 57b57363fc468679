# async for inside async with (and the reverse) with break, continue, return and finally
import asyncio
from contextlib import asynccontextmanager
@asynccontextmanager
async def cm(n):
    print('enter', n)
    try:
        yield n
    finally:
        print('exit', n)
async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print('agen finally')
async def f():
    async with cm(1):
        async for x in agen():
            async with cm(x + 10):
                if x == 1:
                    continue
                if x == 2:
                    return 'ret'
                print('x', x)
async def g():
    try:
        async for x in agen():
            try:
                if x == 1:
                    break
            finally:
                print('inner finally', x)
        else:
            print('no')
    finally:
        print('g finally')
    return 'g'
async def main():
    print(await f())
    print(await g())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('end')
asyncio.run(main())
