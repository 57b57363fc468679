# ../shared/ASYNCIO.md 6.4: CPython 3.11's scheduling rule, as its verified example
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
    g = asyncio.gather(guard('x'), guard('y'), return_exceptions=True)
    await asyncio.sleep(0); print(g.cancel())
    try: await g
    except asyncio.CancelledError: print('raised; cancelled() =', g.cancelled())

asyncio.run(main())
