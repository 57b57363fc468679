# call_soon callbacks and task steps share one FIFO ready queue.
import asyncio


async def step(name):
    print('task', name, 'first step')
    await asyncio.sleep(0)
    print('task', name, 'second step')


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, 'soon 1')
    t = asyncio.create_task(step('a'))
    loop.call_soon(print, 'soon 2')
    await asyncio.sleep(0)
    print('main')
    loop.call_soon(print, 'soon 3')
    await t


asyncio.run(main())
