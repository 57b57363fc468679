# ../shared/ASYNCIO.md 7.6: CPython 3.11's scheduling rule, as its verified example (delays scaled up, so that a loaded machine keeps CPython's order)
# prelude
import asyncio
async def tick(n):             # prints tick 0 .. tick n-1, one per round
    for i in range(n):
        print('tick', i); await asyncio.sleep(0)
async def guard(tag, d=1):     # sleeps d seconds, reports a cancellation, returns tag
    try: await asyncio.sleep(d)
    except asyncio.CancelledError as e: print(tag, 'cancelled', *e.args); raise
    return tag

async def main():
    ts = [asyncio.create_task(guard(n, d)) for n, d in ((1, 0.3), (2, 0.1), (3, 0.5))]
    try:
        for f in asyncio.as_completed(ts, timeout=0.4): print('got', await f)
    except TimeoutError: print('timeout; 3 cancelled?', ts[2].cancelled())

asyncio.run(main())
