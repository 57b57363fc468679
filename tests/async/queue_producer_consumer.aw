# Producers and consumers over a bounded queue, with a sentinel to stop.
import asyncio


async def produce(q, start):
    for i in range(start, start + 4):
        await q.put(i)


async def consume(q, out):
    while (item := await q.get()) is not None:
        out.append(item)
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=3)
    out1, out2 = [], []
    consumers = [asyncio.create_task(consume(q, out1)),
                 asyncio.create_task(consume(q, out2))]
    await asyncio.gather(produce(q, 0), produce(q, 100))
    await q.put(None)
    await q.put(None)
    await asyncio.gather(*consumers)
    print(sorted(out1 + out2))
    print(len(out1) + len(out2))


asyncio.run(main())
