# Note 002, block 4: the old style, get_event_loop() and run_until_complete()
# Added: the imports and func() from block 2, which the note's fragment uses.
# The note says 3.10+ warns "DeprecationWarning: There is no current event
# loop"; CPython 3.11.7 (the reference) prints no warning here, nor does aw.
import asyncio
import time


async def func(delay, func_name):
    print(f'Start {func_name}')
    await asyncio.sleep(delay)
    print(f'Complete {func_name}')


print(f"Start {time.strftime('%X')}")
loop = asyncio.get_event_loop()
task1 = loop.create_task(func(2, 'func-1'))
task2 = loop.create_task(func(4, 'func-2'))
loop.run_until_complete(asyncio.wait([task1, task2]))
print(f"Finish {time.strftime('%X')}")

# DeprecationWarning: There is no current event loop
