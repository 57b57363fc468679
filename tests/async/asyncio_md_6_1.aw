# ../shared/ASYNCIO.md 6.1: CPython 3.11's scheduling rule, as its verified example
# prelude
import asyncio
async def tick(n):             # prints tick 0 .. tick n-1, one per round
    for i in range(n):
        print('tick', i); await asyncio.sleep(0)
async def guard(tag, d=1):     # sleeps d seconds, reports a cancellation, returns tag
    try: await asyncio.sleep(d)
    except asyncio.CancelledError as e: print(tag, 'cancelled', *e.args); raise
    return tag

async def val(x): print('start', x); await asyncio.sleep(0.01 if x == 'a' else 0); return x
async def main(): c = val('c'); print(await asyncio.gather(val('a'), val('b'), c, c))

asyncio.run(main())
