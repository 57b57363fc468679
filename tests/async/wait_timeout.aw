# wait(timeout=...) returns what finished in time and leaves the rest pending, raising nothing.
import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (0.1, 2, 0.2)]
    done, pending = await asyncio.wait(tasks, timeout=0.3)
    print(sorted(t.result() for t in done), [t.done() for t in tasks])
    print(sorted(tasks.index(t) for t in pending))
    done, pending = await asyncio.wait(pending, timeout=3)
    print(sorted(t.result() for t in done), len(pending))


asyncio.run(main())
