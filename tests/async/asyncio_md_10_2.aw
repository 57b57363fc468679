# ../shared/ASYNCIO.md 10.2: CPython 3.11's scheduling rule, as its verified example
# prelude
import asyncio
async def tick(n):             # prints tick 0 .. tick n-1, one per round
    for i in range(n):
        print('tick', i); await asyncio.sleep(0)
async def guard(tag, d=1):     # sleeps d seconds, reports a cancellation, returns tag
    try: await asyncio.sleep(d)
    except asyncio.CancelledError as e: print(tag, 'cancelled', *e.args); raise
    return tag

keep = []
async def gen(tag):
    try: yield 1; yield 2
    finally: print(tag, 'closed')
async def main():
    async for x in gen('dropped'): break
    keep.append(gen('kept')); await keep[0].__anext__(); asyncio.create_task(guard('left over'))
    await asyncio.sleep(0); await asyncio.sleep(0); print('main returns')
asyncio.run(main())
