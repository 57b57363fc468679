# asyncio takes the awaitables of async generators as coroutines
import asyncio

async def gen():
    try:
        yield 1
    finally:
        print('closing')
        await asyncio.sleep(0)
        print('closed')

async def main():
    a = gen()
    await a.__anext__()
    print(asyncio.iscoroutine(a.aclose()), asyncio.iscoroutine(a))
    t = asyncio.create_task(a.aclose())
    print(t)
    print(await t)
    print(t)
    b = gen()
    print(await asyncio.gather(b.__anext__(), asyncio.sleep(0, 'slept')))
    print(await asyncio.wait_for(b.aclose(), 1))

asyncio.run(main())
