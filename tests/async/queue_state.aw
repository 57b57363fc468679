# qsize, empty, full and maxsize of queues, with maxsize 0 or less meaning unbounded.
import asyncio


async def main():
    for size in (0, -1, 2):
        q = asyncio.Queue(maxsize=size)
        for i in range(3):
            if not q.full():
                q.put_nowait(i)
        print(size, q.maxsize, q.qsize(), q.empty(), q.full())
    q = asyncio.Queue()
    print(q.empty(), q.qsize())


asyncio.run(main())
