# An inner group's failure reaches the outer group as a nested ExceptionGroup.
import asyncio


async def bad():
    await asyncio.sleep(0.1)
    raise ValueError('inner')


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('outer sibling cancelled')
        raise


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad())


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(inner_group())
    except ExceptionGroup as eg:
        print(eg)
        print(eg.exceptions[0])
        print(repr(eg.exceptions[0].exceptions[0]))


asyncio.run(main())
