# aw-only: --virtual-time (NAME.flags): an hour of sleeps ends at once, timings exact
import asyncio

async def worker(n, d):
    await asyncio.sleep(d)
    return n

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    r = await asyncio.gather(*[worker(i, 3600 - i) for i in range(5)])
    print(r, round(loop.time() - t0, 3))
    t0 = loop.time()
    await asyncio.sleep(2.5)
    print(f"{loop.time() - t0:.3f}")

asyncio.run(main())
