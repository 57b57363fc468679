# With a full queue, a cancelled putter is skipped and the next one gets the slot.
import asyncio


async def producer(q, item):
    try:
        await q.put(item)
        print('put', item)
    except asyncio.CancelledError:
        print('cancelled', item)
        raise


async def main():
    q = asyncio.Queue(1)
    q.put_nowait('x')
    ps = [asyncio.create_task(producer(q, i)) for i in ('a', 'b', 'c')]
    await asyncio.sleep(0)
    print('got', q.get_nowait())
    ps[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('got', q.get_nowait())
    await asyncio.sleep(0)
    print('got', await q.get())
    await asyncio.gather(*ps, return_exceptions=True)
    print(q.empty())


asyncio.run(main())
