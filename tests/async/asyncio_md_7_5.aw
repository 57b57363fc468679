# ../shared/ASYNCIO.md 7.5: CPython 3.11's scheduling rule, as its verified example
# prelude
import asyncio
async def tick(n):             # prints tick 0 .. tick n-1, one per round
    for i in range(n):
        print('tick', i); await asyncio.sleep(0)
async def guard(tag, d=1):     # sleeps d seconds, reports a cancellation, returns tag
    try: await asyncio.sleep(d)
    except asyncio.CancelledError as e: print(tag, 'cancelled', *e.args); raise
    return tag

async def waiter(t):
    try: await asyncio.shield(t)
    except asyncio.CancelledError: print('waiter cancelled; inner cancelled?', t.cancelled())
async def main():
    t = asyncio.create_task(guard('w', 0.02)); w = asyncio.create_task(waiter(t))
    await asyncio.sleep(0.01); w.cancel(); print('result', await t)

asyncio.run(main())
