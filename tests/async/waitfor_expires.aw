# wait_for raises TimeoutError when time runs out and cancels the awaited task.
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('slow was cancelled')
        raise


async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, timeout=0.1)
    except asyncio.TimeoutError as e:
        print('TimeoutError', type(e) is TimeoutError, repr(e.__cause__))
    print(t.cancelled())


asyncio.run(main())
