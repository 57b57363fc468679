# get_coro() returns the wrapped coroutine; a task's done callbacks get the task.
import asyncio


async def work():
    return 5


async def main():
    c = work()
    t = asyncio.create_task(c)
    print(t.get_coro() is c, asyncio.iscoroutine(t.get_coro()))
    t.add_done_callback(lambda task: print('callback got the task:', task is t))
    await t
    await asyncio.sleep(0)


asyncio.run(main())
