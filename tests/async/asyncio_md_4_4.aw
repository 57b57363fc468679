# ../shared/ASYNCIO.md 4.4: CPython 3.11's scheduling rule, as its verified example
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
    t = asyncio.create_task(asyncio.sleep(1)); await asyncio.sleep(0); t.cancel('why')
    for i in range(2):
        try: await t
        except asyncio.CancelledError as e: print(repr(e))
    me = asyncio.current_task(); me.cancel()
    try: await asyncio.sleep(0)
    except asyncio.CancelledError: print('swallowed', me.cancelling(), me.uncancel())

asyncio.run(main())
