# 100,000 tasks, each sleeping once, gathered.
import asyncio

N = 100_000


async def worker(i):
    await asyncio.sleep(0)
    return i


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(N)]
    print(len(asyncio.all_tasks()))
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results), results[:3], results[-1])
    print(len(asyncio.all_tasks()))


asyncio.run(main())
