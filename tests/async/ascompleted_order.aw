# as_completed yields in completion order; each await gives the next result.
import asyncio


async def job(n):
    await asyncio.sleep(n / 10)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (4, 1, 3, 2)]
    for next_done in asyncio.as_completed(tasks):
        print(await next_done)


asyncio.run(main())
