# join() on a queue with no unfinished items returns at once.
import asyncio


async def main():
    q = asyncio.Queue()
    await q.join()
    print('join returned')
    q.put_nowait(1)
    q.get_nowait()
    waiter = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    print('join waiting:', not waiter.done())
    q.task_done()
    await waiter
    print('join returned after task_done')


asyncio.run(main())
