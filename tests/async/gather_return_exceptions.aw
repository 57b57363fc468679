# return_exceptions=True: exceptions take their place among the results.
import asyncio


async def job(n):
    await asyncio.sleep(0)
    if n % 2:
        raise ValueError(n)
    return n


async def main():
    res = await asyncio.gather(*(job(n) for n in range(5)), return_exceptions=True)
    print([r if isinstance(r, int) else repr(r) for r in res])


asyncio.run(main())
