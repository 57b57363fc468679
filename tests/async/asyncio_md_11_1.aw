# ../shared/ASYNCIO.md 11.1: CPython 3.11's scheduling rule, as its verified example
# prelude
import asyncio
async def tick(n):             # prints tick 0 .. tick n-1, one per round
    for i in range(n):
        print('tick', i); await asyncio.sleep(0)
async def guard(tag, d=1):     # sleeps d seconds, reports a cancellation, returns tag
    try: await asyncio.sleep(d)
    except asyncio.CancelledError as e: print(tag, 'cancelled', *e.args); raise
    return tag

async def noop(): pass
async def main():
    print(asyncio.current_task().get_name(), type(asyncio.current_task()))
    asyncio.create_task(noop(), name='A'); asyncio.get_running_loop().create_task(noop(), name='B')
    print(asyncio.create_task(noop()).get_name())
asyncio.run(main()); asyncio.run(main())
