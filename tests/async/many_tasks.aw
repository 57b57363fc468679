# 100,000 tasks, each sleeping once, gathered. (many_tasks.env turns AW_GC_STRESS off for this one: a collection at every allocation with 100,000 live tasks would take hours.)
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
