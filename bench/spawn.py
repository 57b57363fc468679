# 100,000 tasks that each await asyncio.sleep(0) once and return their
# index, gathered.
import asyncio


async def job(i):
    await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*[job(i) for i in range(100000)])
    print(len(results), sum(results))


asyncio.run(main())
