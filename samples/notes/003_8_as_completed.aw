# Note 003, block 8 (prose): as_completed yields results in completion order
# The note describes as_completed in words; this is the book's kind of
# example. The tasks are created first so that they start in a known order
# (as_completed itself starts bare coroutines in set order).
import asyncio
from util import delay


async def main():
    tasks = [asyncio.create_task(delay(s)) for s in (2, 1, 3)]
    for finished_task in asyncio.as_completed(tasks):
        print(await finished_task)


asyncio.run(main())
