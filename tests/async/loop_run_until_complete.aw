# A loop made by hand: run_until_complete with a coroutine, a task and a future.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


loop = asyncio.new_event_loop()
print(loop.run_until_complete(add(1, 2)))
task = loop.create_task(add(3, 4))
print(loop.run_until_complete(task), task.done())
fut = loop.create_future()
loop.call_soon(fut.set_result, 'from call_soon')
print(loop.run_until_complete(fut))
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
