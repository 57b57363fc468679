# ../shared/ASYNCIO.md 2.3: CPython 3.11's scheduling rule, as its verified example
# prelude
import asyncio
async def tick(n):             # prints tick 0 .. tick n-1, one per round
    for i in range(n):
        print('tick', i); await asyncio.sleep(0)
async def guard(tag, d=1):     # sleeps d seconds, reports a cancellation, returns tag
    try: await asyncio.sleep(d)
    except asyncio.CancelledError as e: print(tag, 'cancelled', *e.args); raise
    return tag

async def other(): print('other')
async def child(): return 'child'
async def main():
    asyncio.create_task(other()); f = asyncio.get_running_loop().create_future(); f.set_result('done')
    print(await child()); print(await f); await asyncio.sleep(0); print('end')

asyncio.run(main())
