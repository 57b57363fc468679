# loop.time() is monotonic and moves by the time slept.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.25)
    dt = loop.time() - t0
    print(0.25 <= dt < 0.35)
    print(loop.time() >= t0)


asyncio.run(main())
