# aw-only: asyncio.dump_tasks() prints who waits on whom, to sys.stdout
import asyncio
import io
import sys

async def sleeper(n):
    await asyncio.sleep(n)

async def group():
    await asyncio.gather(sleeper(5), sleeper(6))

async def main():
    t = asyncio.create_task(group(), name='group')
    s = asyncio.create_task(sleeper(1), name='lone')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    buf = io.StringIO()
    sys.stdout = buf
    asyncio.dump_tasks()
    sys.stdout = sys.__stdout__
    print(buf.getvalue().replace(__file__, 'FILE'), end='')
    t.cancel()
    s.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
