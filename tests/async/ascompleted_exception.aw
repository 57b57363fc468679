# An exception comes out of as_completed at its turn; the loop can go on.
import asyncio


async def job(n, fail=False):
    await asyncio.sleep(n / 10)
    if fail:
        raise ValueError(n)
    return n


async def main():
    tasks = [asyncio.create_task(job(1)), asyncio.create_task(job(2, True)),
             asyncio.create_task(job(3))]
    for next_done in asyncio.as_completed(tasks):
        try:
            print('result', await next_done)
        except ValueError as e:
            print('error', repr(e))


asyncio.run(main())
