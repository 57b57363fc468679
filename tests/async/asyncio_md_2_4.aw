# ../shared/ASYNCIO.md 2.4: CPython 3.11's scheduling rule, as its verified example
# prelude
import asyncio
async def tick(n):             # prints tick 0 .. tick n-1, one per round
    for i in range(n):
        print('tick', i); await asyncio.sleep(0)
async def guard(tag, d=1):     # sleeps d seconds, reports a cancellation, returns tag
    try: await asyncio.sleep(d)
    except asyncio.CancelledError as e: print(tag, 'cancelled', *e.args); raise
    return tag

async def child(): print('child'); return 1
async def main():
    asyncio.create_task(tick(3)); print('got', await asyncio.create_task(child()))

asyncio.run(main())
