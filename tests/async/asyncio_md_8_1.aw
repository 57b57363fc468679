# ../shared/ASYNCIO.md 8.1 (with except ExceptionGroup in place of except*)
# prelude
import asyncio
async def tick(n):             # prints tick 0 .. tick n-1, one per round
    for i in range(n):
        print('tick', i); await asyncio.sleep(0)
async def guard(tag, d=1):     # sleeps d seconds, reports a cancellation, returns tag
    try: await asyncio.sleep(d)
    except asyncio.CancelledError as e: print(tag, 'cancelled', *e.args); raise
    return tag

async def bad(n): await asyncio.sleep(0.01); print('raise', n); raise ValueError(n)
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(guard('c')); tg.create_task(bad('d')); tg.create_task(bad('e'))
            await guard('body')
    except ExceptionGroup as eg: print(repr(str(eg)), eg.exceptions, asyncio.current_task().cancelling())

asyncio.run(main())
