# ../shared/ASYNCIO.md 4.1: CPython 3.11's scheduling rule, as its verified example
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
    a = asyncio.create_task(guard('a')); await asyncio.sleep(0); b = asyncio.create_task(guard('b'))
    print(a.cancel('bye'), b.cancel(), a.cancelling(), a.cancelled())
    await asyncio.sleep(0); print(a.cancelled(), b.cancelled(), a.cancel())

asyncio.run(main())
