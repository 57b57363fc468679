# Two tasks exchange 200,000 messages through futures, then 200,000
# through a pair of asyncio.Queue.
import asyncio

N = 200000


async def through_futures():
    loop = asyncio.get_running_loop()
    box = [None]
    got = [0]

    async def pinger():
        for i in range(N):
            f = loop.create_future()
            box[0] = f
            got[0] += await f

    async def ponger():
        n = 0
        while n < N:
            f = box[0]
            if f is not None and not f.done():
                f.set_result(1)
                n += 1
            await asyncio.sleep(0)

    await asyncio.gather(pinger(), ponger())
    return got[0]


async def through_queues():
    a, b = asyncio.Queue(), asyncio.Queue()
    total = 0

    async def ping():
        nonlocal total
        for i in range(N):
            await a.put(i)
            total += await b.get()

    async def pong():
        for i in range(N):
            x = await a.get()
            await b.put(x)

    await asyncio.gather(ping(), pong())
    return total


async def main():
    print(await through_futures(), await through_queues())


asyncio.run(main())
