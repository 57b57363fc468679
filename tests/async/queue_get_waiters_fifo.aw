# Consumers blocked in get() are served in the order they started waiting.
import asyncio


async def consumer(q, name):
    print(name, 'got', await q.get())


async def main():
    q = asyncio.Queue()
    cs = [asyncio.create_task(consumer(q, n)) for n in ('c1', 'c2', 'c3')]
    await asyncio.sleep(0)
    for i in range(3):
        q.put_nowait(i)
    await asyncio.gather(*cs)


asyncio.run(main())
