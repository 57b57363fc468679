# Tasks created by tasks join the end of the ready queue.
import asyncio


async def leaf(name):
    print('leaf', name)


async def branch(name):
    print('branch', name)
    t1 = asyncio.create_task(leaf(name + '.1'))
    t2 = asyncio.create_task(leaf(name + '.2'))
    await asyncio.gather(t1, t2)
    print('branch', name, 'done')


async def main():
    await asyncio.gather(branch('a'), branch('b'))


asyncio.run(main())
