# else, break, continue and return in async for
import asyncio

async def agen(n):
    for i in range(n):
        yield i

async def find(n, target):
    async for x in agen(n):
        if x == target:
            return 'found %d' % x
    else:
        return 'not found'

async def main():
    async for x in agen(5):
        if x % 2:
            continue
        if x == 4:
            break
        print('even', x)
    else:
        print('no else after break')
    async for x in agen(0):
        print('never')
    else:
        print('else of an empty loop')
    print(await find(5, 3), await find(2, 3))
    for i in range(2):
        async for x in agen(3):
            if x == 1:
                break
            print(i, x)

asyncio.run(main())
