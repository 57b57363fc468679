# wait() with ALL_COMPLETED returns every task in done and nothing pending.
import asyncio


async def job(n):
    await asyncio.sleep(n / 10)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    print(type(done).__name__, type(pending).__name__)


asyncio.run(main())
