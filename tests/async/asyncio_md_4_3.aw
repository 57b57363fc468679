# ../shared/ASYNCIO.md 4.3: CPython 3.11's scheduling rule, as its verified example
# prelude
import asyncio
async def tick(n):             # prints tick 0 .. tick n-1, one per round
    for i in range(n):
        print('tick', i); await asyncio.sleep(0)
async def guard(tag, d=1):     # sleeps d seconds, reports a cancellation, returns tag
    try: await asyncio.sleep(d)
    except asyncio.CancelledError as e: print(tag, 'cancelled', *e.args); raise
    return tag

async def inner():
    try: await asyncio.sleep(1)
    except asyncio.CancelledError: print('inner cancelled'); return 'x'
async def outer(t): print('outer got', await t)
async def main():
    i = asyncio.create_task(inner()); o = asyncio.create_task(outer(i))
    await asyncio.sleep(0); o.cancel(); await o; print(o.cancelled(), o.cancelling())

asyncio.run(main())
