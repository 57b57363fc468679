# ../shared/ASYNCIO.md 8.2: CPython 3.11's scheduling rule, as its verified example
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
        async with asyncio.TaskGroup() as tg:
            tg.create_task(guard('t')); await asyncio.sleep(0); raise KeyError('body')
    except ExceptionGroup as eg: print(repr(eg))

asyncio.run(main())
