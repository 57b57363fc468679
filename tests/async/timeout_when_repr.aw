# Timeout.when() and repr() follow the state: created, entered, expired, finished.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(None)
    print(repr(t), t.when())
    async with t:
        print(repr(t))
    print(repr(t))
    try:
        async with asyncio.timeout(0.1) as t2:
            print(abs(t2.when() - loop.time() - 0.1) < 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(t2).replace(repr(t2.when()), 'WHEN'))


asyncio.run(main())
