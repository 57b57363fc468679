# ../shared/ASYNCIO.md 9.2: CPython 3.11's scheduling rule, as its verified example
# prelude
import asyncio
async def tick(n):             # prints tick 0 .. tick n-1, one per round
    for i in range(n):
        print('tick', i); await asyncio.sleep(0)
async def guard(tag, d=1):     # sleeps d seconds, reports a cancellation, returns tag
    try: await asyncio.sleep(d)
    except asyncio.CancelledError as e: print(tag, 'cancelled', *e.args); raise
    return tag

async def user(lock, n):
    async with lock: print(n, 'in'); await asyncio.sleep(0)
    print(n, 'out')
async def main():
    lock = asyncio.Lock(); await lock.acquire(); t = asyncio.create_task(user(lock, 'D'))
    await asyncio.sleep(0); lock.release(); print('free:', not lock.locked())
    await user(lock, 'E'); await t                # E finds the lock free, yet waits behind D

asyncio.run(main())
