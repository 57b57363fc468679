# FIRST_EXCEPTION returns when a task raises; without an error it waits for all.
import asyncio


async def job(n, fail=False):
    await asyncio.sleep(n / 10)
    if fail:
        raise ValueError(n)
    return n


async def main():
    tasks = [asyncio.create_task(job(1)), asyncio.create_task(job(2, True)),
             asyncio.create_task(job(3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(tasks.index(t) for t in done), sorted(tasks.index(t) for t in pending))
    print(repr(tasks[1].exception()))
    tasks[2].cancel()
    more = [asyncio.create_task(job(n)) for n in (2, 1)]
    done, pending = await asyncio.wait(more, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), len(pending))


asyncio.run(main())
