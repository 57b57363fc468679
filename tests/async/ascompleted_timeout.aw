# as_completed(timeout=...) raises TimeoutError for what is still running.
import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (0.1, 2, 0.2)]
    got = []
    try:
        for next_done in asyncio.as_completed(tasks, timeout=0.5):
            got.append(await next_done)
    except TimeoutError:
        print('timed out after', got)
    print([t.done() for t in tasks])
    tasks[1].cancel()


asyncio.run(main())
