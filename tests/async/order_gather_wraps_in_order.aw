# gather wraps bare coroutines in tasks in argument order; results keep that order.
import asyncio


async def job(name, d):
    print('start', name)
    await asyncio.sleep(d)
    print('end', name)
    return name


async def main():
    print(await asyncio.gather(job('x', 0.2), job('y', 0.1), job('z', 0)))


asyncio.run(main())
