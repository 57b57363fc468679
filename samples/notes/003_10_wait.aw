# Note 003, block 10 (prose): wait returns the done and pending sets; then cancel some or wait again
import asyncio
from util import delay


async def main():
    tasks = [asyncio.create_task(delay(s)) for s in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('done:', sorted(t.result() for t in done), 'pending:', len(pending))
    tasks[2].cancel()
    done, pending = await asyncio.wait(pending)
    print('done:', len(done), 'pending:', len(pending))
    for t in tasks:
        print('cancelled' if t.cancelled() else t.result())


asyncio.run(main())
