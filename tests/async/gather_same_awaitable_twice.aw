# The same task or coroutine given twice is awaited once and reported twice.
import asyncio


async def once():
    print('runs once')
    await asyncio.sleep(0)
    return 'r'


async def main():
    t = asyncio.create_task(once())
    print(await asyncio.gather(t, t, t))
    c = once()
    print(await asyncio.gather(c, c))


asyncio.run(main())
