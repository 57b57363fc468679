# ../shared/ASYNCIO.md 7.2: CPython 3.11's scheduling rule, as its verified example
# prelude
import asyncio
async def tick(n):             # prints tick 0 .. tick n-1, one per round
    for i in range(n):
        print('tick', i); await asyncio.sleep(0)
async def guard(tag, d=1):     # sleeps d seconds, reports a cancellation, returns tag
    try: await asyncio.sleep(d)
    except asyncio.CancelledError as e: print(tag, 'cancelled', *e.args); raise
    return tag

async def stubborn():
    try: await asyncio.sleep(1)
    except asyncio.CancelledError: print('stubborn ignores cancel'); return 'late value'
async def main():
    try: await asyncio.wait_for(guard('g'), timeout=0.01)
    except TimeoutError: print('TimeoutError', TimeoutError is asyncio.TimeoutError)
    print(await asyncio.wait_for(stubborn(), timeout=0.01))

asyncio.run(main())
