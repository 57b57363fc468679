# 100,000 tasks sleeping 0.5 s at once (bench/run also reports the peak
# memory per pending task, against bench/sleepers0).
import asyncio


async def job(i):
    await asyncio.sleep(0.5)
    return i


async def main():
    results = await asyncio.gather(*[job(i) for i in range(100000)])
    print(sum(results))


asyncio.run(main())
