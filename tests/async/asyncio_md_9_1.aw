# ../shared/ASYNCIO.md 9.1: CPython 3.11's scheduling rule, as its verified example
# prelude
import asyncio
async def tick(n):             # prints tick 0 .. tick n-1, one per round
    for i in range(n):
        print('tick', i); await asyncio.sleep(0)
async def guard(tag, d=1):     # sleeps d seconds, reports a cancellation, returns tag
    try: await asyncio.sleep(d)
    except asyncio.CancelledError as e: print(tag, 'cancelled', *e.args); raise
    return tag

async def consumer(q, n): print(n, 'got', await q.get())
async def main():
    q = asyncio.Queue(); a = asyncio.create_task(consumer(q, 'A')); b = asyncio.create_task(consumer(q, 'B'))
    await asyncio.sleep(0); q.put_nowait(1); print('main took', q.get_nowait())   # A woken for nothing
    await asyncio.sleep(0)                                                         # A queues behind B
    q.put_nowait(2); q.put_nowait(3); await asyncio.gather(a, b)

asyncio.run(main())
