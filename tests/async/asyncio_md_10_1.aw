# ../shared/ASYNCIO.md 10.1: CPython 3.11's scheduling rule, as its verified example
# prelude
import asyncio
async def tick(n):             # prints tick 0 .. tick n-1, one per round
    for i in range(n):
        print('tick', i); await asyncio.sleep(0)
async def guard(tag, d=1):     # sleeps d seconds, reports a cancellation, returns tag
    try: await asyncio.sleep(d)
    except asyncio.CancelledError as e: print(tag, 'cancelled', *e.args); raise
    return tag

async def worker():
    i = 0
    try:
        while True: print('w', i); i += 1; await asyncio.sleep(0)
    except asyncio.CancelledError:
        print('w cancelled at', i); await asyncio.sleep(0.01); print('cleanup done')
async def main(): asyncio.create_task(worker()); await asyncio.sleep(0); print('main returns'); return 'R'
print(asyncio.run(main()))
