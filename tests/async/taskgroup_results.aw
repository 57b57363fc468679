# The group waits for all its tasks; their results are read after the block.
import asyncio


async def square(n):
    await asyncio.sleep(n / 10)
    return n * n


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(n)) for n in (3, 1, 2)]
        print('in the block:', [t.done() for t in tasks])
    print('after the block:', [t.result() for t in tasks])


asyncio.run(main())
