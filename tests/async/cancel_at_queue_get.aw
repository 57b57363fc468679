# A consumer cancelled in Queue.get() leaves the queue usable.
import asyncio


async def consumer(q):
    try:
        return await q.get()
    except asyncio.CancelledError:
        print('cancelled in get')
        raise


async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(consumer(q))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled())
    q.put_nowait('item')
    t2 = asyncio.create_task(consumer(q))
    print('second consumer got', await t2)
    print(q.qsize(), q.empty())


asyncio.run(main())
