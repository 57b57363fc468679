# Note 002, block 1: awaiting coroutines one after another takes 2 + 4 = 6 s
# Added: the two imports the note's fragment leaves out.
import asyncio
import time


async def func(delay, func_name):
    print(f'Start {func_name}')
    await asyncio.sleep(delay)
    print(f'Complete {func_name}')

async def main():
    print(f"Start {time.strftime('%X')}")
    await func(2, 'func-1')
    await func(4, 'func-2')
    print(f"Finish {time.strftime('%X')}")

asyncio.run(main())

# Start 03:50:39
# Start func-1
# Complete func-1
# Start func-2
# Complete func-2
# Finish 03:50:45
