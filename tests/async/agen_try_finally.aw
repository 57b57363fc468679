# break out of async for: the generator's finally runs when it is closed
import asyncio

async def numbers():
    try:
        for i in range(10):
            try:
                yield i
            finally:
                print('inner finally', i)
    finally:
        print('outer finally')

async def main():
    g = numbers()
    async for x in g:
        print('x', x)
        if x == 1:
            break
    print('loop left')
    await g.aclose()
    print('closed')

asyncio.run(main())
