# ../shared/ASYNCIO.md 4.2: CPython 3.11's scheduling rule, as its verified example
# prelude
import asyncio
async def tick(n):             # prints tick 0 .. tick n-1, one per round
    for i in range(n):
        print('tick', i); await asyncio.sleep(0)
async def guard(tag, d=1):     # sleeps d seconds, reports a cancellation, returns tag
    try: await asyncio.sleep(d)
    except asyncio.CancelledError as e: print(tag, 'cancelled', *e.args); raise
    return tag

async def quitter(): asyncio.current_task().cancel(); print('still running'); return 'lost'
async def main():
    t = asyncio.create_task(quitter()); await asyncio.sleep(0); print(t.cancelled())
    asyncio.current_task().cancel(); f = asyncio.get_running_loop().create_future(); f.set_result(1)
    print('done future:', await f)
    try: await asyncio.sleep(0)
    except asyncio.CancelledError: print('raised at sleep(0)')

asyncio.run(main())
