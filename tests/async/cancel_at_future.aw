# Cancelling a task waiting on a bare future cancels that future too.
import asyncio


async def waiter(fut):
    try:
        return await fut
    except asyncio.CancelledError:
        print('waiter cancelled')
        raise


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print('future cancelled:', fut.cancelled())
    await asyncio.sleep(0)
    print('task cancelled:', t.cancelled())


asyncio.run(main())
