import asyncio
async def main():
    q = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        q.put_nowait(x)
    print(q.qsize(), [q.get_nowait() for _ in range(5)])
    l = asyncio.LifoQueue(maxsize=2)
    await l.put(1); await l.put(2)
    print(l.full(), l.maxsize, str(l))
    try:
        l.put_nowait(3)
    except asyncio.QueueFull as e:
        print("full", type(e).__name__, repr(e))
    print(l.get_nowait(), l.get_nowait())
    try:
        l.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    q = asyncio.Queue()
    async def getter():
        try:
            await q.get()
        except asyncio.CancelledError:
            print("getter cancelled")
            raise
    t = asyncio.create_task(getter())
    await asyncio.sleep(0)
    print(str(q))
    t.cancel()
    await asyncio.sleep(0)
    print(str(q), t.cancelled())
    q.put_nowait("a"); q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(e)
    await q.join()
    print("joined", isinstance(q, asyncio.Queue), issubclass(asyncio.PriorityQueue, asyncio.Queue))
asyncio.run(main())
