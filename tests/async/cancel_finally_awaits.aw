# finally blocks of a cancelled task may await; the whole chain unwinds in order.
import asyncio


async def level(n):
    try:
        if n == 0:
            await asyncio.sleep(10)
        else:
            await level(n - 1)
    finally:
        await asyncio.sleep(0)
        print('unwound level', n)


async def main():
    t = asyncio.create_task(level(3))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print('cancelled:', t.cancelled())


asyncio.run(main())
