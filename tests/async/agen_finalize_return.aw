# a generator an async for left by return is finalized then
import asyncio

async def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, 'finally')
        await asyncio.sleep(0)
        print(tag, 'after await in finally')

async def first(tag):
    async for x in gen(tag):
        return x

async def main():
    print('first ->', await first('returned'))
    for i in range(3):
        await asyncio.sleep(0)
        print('round', i)
    print('main ends')

asyncio.run(main())
