# ../shared/ASYNCIO.md 7.4: CPython 3.11's scheduling rule, as its verified example
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
    try:
        async with asyncio.timeout(0.01) as cm: await asyncio.sleep(1)
    except TimeoutError: print('TimeoutError', cm.expired(), asyncio.current_task().cancelling())
    async with asyncio.timeout(0): print('never suspends, never interrupted')
    try:
        async with asyncio.timeout(0): await asyncio.sleep(0)
    except TimeoutError: print('even sleep(0) times out')

asyncio.run(main())
