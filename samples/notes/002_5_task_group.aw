# Note 002, block 5: asyncio.TaskGroup waits for all its tasks (Python 3.11+)
# Added: the two imports the note's fragment leaves out.
import asyncio
import time


async def func(delay, func_name):
    print(f'Start {func_name}')
    await asyncio.sleep(delay)
    print(f'Complete {func_name}')

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(func(2, 'func-1'))
        tg.create_task(func(4, 'func-2'))
        print(f"Start {time.strftime('%X')}")
    print(f"Finish {time.strftime('%X')}")

asyncio.run(main())
