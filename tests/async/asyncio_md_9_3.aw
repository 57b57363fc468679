# ../shared/ASYNCIO.md 9.3: CPython 3.11's scheduling rule, as its verified example
# prelude
import asyncio
async def tick(n):             # prints tick 0 .. tick n-1, one per round
    for i in range(n):
        print('tick', i); await asyncio.sleep(0)
async def guard(tag, d=1):     # sleeps d seconds, reports a cancellation, returns tag
    try: await asyncio.sleep(d)
    except asyncio.CancelledError as e: print(tag, 'cancelled', *e.args); raise
    return tag

async def waiter(ev, n): await ev.wait(); print(n, 'woke')
async def main():
    ev = asyncio.Event(); ts = [asyncio.create_task(waiter(ev, n)) for n in 'ABC']
    await asyncio.sleep(0); ev.set(); ev.clear(); print('set and cleared'); await asyncio.gather(*ts)

asyncio.run(main())
