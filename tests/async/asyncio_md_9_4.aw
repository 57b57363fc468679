# ../shared/ASYNCIO.md 9.4: CPython 3.11's scheduling rule, as its verified example
# prelude
import asyncio
async def tick(n):             # prints tick 0 .. tick n-1, one per round
    for i in range(n):
        print('tick', i); await asyncio.sleep(0)
async def guard(tag, d=1):     # sleeps d seconds, reports a cancellation, returns tag
    try: await asyncio.sleep(d)
    except asyncio.CancelledError as e: print(tag, 'cancelled', *e.args); raise
    return tag

async def worker(sem, n):
    async with sem: print(n, 'in'); await asyncio.sleep(0)
    print(n, 'out')
async def main(): sem = asyncio.Semaphore(2); await asyncio.gather(*(worker(sem, n) for n in 'ABC'))

asyncio.run(main())
