# ASYNCIO.md 10.2: a generator dropped half-way is closed by aclose() in a
# task that a callback creates; the ones alive at the end by shutdown
import asyncio

async def guard(tag, d=1):
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
