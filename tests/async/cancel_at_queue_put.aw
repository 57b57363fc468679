# A producer cancelled in Queue.put() on a full queue adds nothing.
import asyncio


async def producer(q):
    try:
        await q.put('late')
        print('put done')
    except asyncio.CancelledError:
        print('cancelled in put')
        raise


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait('first')
    t = asyncio.create_task(producer(q))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), q.qsize(), q.full())
    print(q.get_nowait(), q.empty())


asyncio.run(main())
