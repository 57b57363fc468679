# ../shared/ASYNCIO.md 6.3: CPython 3.11's scheduling rule, as its verified example (delays scaled up, so that a loaded machine keeps CPython's order)
# prelude
import asyncio
async def tick(n):             # prints tick 0 .. tick n-1, one per round
    for i in range(n):
        print('tick', i); await asyncio.sleep(0)
async def guard(tag, d=1):     # sleeps d seconds, reports a cancellation, returns tag
    try: await asyncio.sleep(d)
    except asyncio.CancelledError as e: print(tag, 'cancelled', *e.args); raise
    return tag

async def bad(): await asyncio.sleep(0.1); raise ValueError('boom')
async def main():
    slow = asyncio.create_task(guard('slow', 0.2))
    try: await asyncio.gather(slow, bad())
    except ValueError as e: print('caught', repr(e), slow.done())
    print(await slow)
    s = asyncio.create_task(asyncio.sleep(1)); asyncio.get_running_loop().call_later(0.1, s.cancel)
    print(await asyncio.gather(bad(), s, return_exceptions=True))

asyncio.run(main())
