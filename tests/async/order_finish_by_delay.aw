# Tasks finish in the order of their delays, whatever their creation order.
import asyncio


async def nap(d):
    await asyncio.sleep(d)
    print('woke after', d)
    return d


async def main():
    tasks = [asyncio.create_task(nap(d)) for d in (0.3, 0.1, 0.4, 0.2)]
    print(await asyncio.gather(*tasks))


asyncio.run(main())
