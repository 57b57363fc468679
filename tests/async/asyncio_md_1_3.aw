# ../shared/ASYNCIO.md 1.3: CPython 3.11's scheduling rule, as its verified example
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
    loop = asyncio.get_running_loop(); when = loop.time() + 0.01
    for i in range(6): loop.call_at(when, print, i)
    await asyncio.sleep(0.02)

asyncio.run(main())
