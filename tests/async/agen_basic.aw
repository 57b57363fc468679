# async for over an async generator that awaits between its yields
import asyncio

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    print('ticker done')

async def main():
    async for x in ticker(3):
        print('got', x)
    else:
        print('else runs when the generator is exhausted')
    total = 0
    async for x in ticker(4):
        if x == 1:
            continue
        total += x
    print('total', total)

asyncio.run(main())
