# Note 002, block 2: tasks run concurrently, so the program takes 4 s, not 6
# Added: the two imports the note's fragment leaves out.
import asyncio
import time


async def func(delay, func_name):
    print(f'Start {func_name}')
    await asyncio.sleep(delay)
    print(f'Complete {func_name}')

async def main():
    print(f"Start {time.strftime('%X')}")
    task_1 = asyncio.create_task(func(2, 'func-1'))
    task_2 = asyncio.create_task(func(4, 'func-2'))
    await task_1
    await task_2
    print(f"Finish {time.strftime('%X')}")

asyncio.run(main())

# Start 03:55:46
# Start func-1
# Start func-2
# Complete func-1
# Complete func-2
# Finish 03:55:50
