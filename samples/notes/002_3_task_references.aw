# Note 002, block 3: keep strong references to tasks (a set) and gather them
# The note's block is the body of a coroutine; it runs here as main() with
# func() from block 2 and the imports.
import asyncio


async def func(delay, func_name):
    print(f'Start {func_name}')
    await asyncio.sleep(delay)
    print(f'Complete {func_name}')


async def main():
    tasks = set()
    task_1 = asyncio.create_task(func(6, 'func-1'))
    tasks.add(task_1)
    task_2 = asyncio.create_task(func(4, 'func-2'))
    tasks.add(task_2)
    await asyncio.gather(*tasks)


asyncio.run(main())
