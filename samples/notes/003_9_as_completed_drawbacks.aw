# Note 003, block 9 (prose): after an exception in as_completed the other tasks keep running in the background
import asyncio
from util import delay


async def fail_soon():
    await asyncio.sleep(1)
    raise ValueError('request failed')


async def main():
    tasks = [asyncio.create_task(delay(3)), asyncio.create_task(fail_soon()),
             asyncio.create_task(delay(2))]
    try:
        for finished_task in asyncio.as_completed(tasks):
            print(await finished_task)
    except ValueError as e:
        print(f'as_completed raised {e!r}')
    print('still running:', [not t.done() for t in tasks])
    await asyncio.sleep(3)
    print('still running:', [not t.done() for t in tasks])


asyncio.run(main())
