# ../shared/ASYNCIO.md 7.1: CPython 3.11's scheduling rule, as its verified example (delays scaled up, so that a loaded machine keeps CPython's order)
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
    ts = [asyncio.create_task(asyncio.sleep(d, d)) for d in (0.3, 0.1)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(ts, timeout=0.01); print(len(done), len(pending), ts[0].cancelled())

asyncio.run(main())
