# put() on a full queue waits for a get(); producers wake in order.
import asyncio


async def producer(q, name, n):
    for i in range(n):
        await q.put(f'{name}{i}')
        print('put', f'{name}{i}', 'size', q.qsize())


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.full())
    ps = [asyncio.create_task(producer(q, n, 3)) for n in 'ab']
    await asyncio.sleep(0)
    print('full:', q.full())
    while any(not p.done() for p in ps) or not q.empty():
        print('got', await q.get())
        await asyncio.sleep(0)


asyncio.run(main())
