# join() waits until task_done() was called for every item put.
import asyncio


async def worker(q, name):
    while True:
        item = await q.get()
        await asyncio.sleep(item / 10)
        print(name, 'did', item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for item in (5, 1, 2, 1):
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(q, n)) for n in ('w1', 'w2')]
    await q.join()
    print('all done, empty:', q.empty())
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
