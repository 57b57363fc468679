# ../shared/ASYNCIO.md 3.1: CPython 3.11's scheduling rule, as its verified example
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
    f = asyncio.get_running_loop().create_future()
    try: f.result()
    except asyncio.InvalidStateError as e: print(e)
    f.add_done_callback(lambda fut: print('callback', fut.result())); f.set_result(1); print('set')
    try: f.set_result(2)
    except asyncio.InvalidStateError as e: print(e)
    print(f.cancel(), f.exception()); await asyncio.sleep(0)

asyncio.run(main())
