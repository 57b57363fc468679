# Cancelling a task inside wait_for() cancels the awaited task too.
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('slow cancelled')
        raise


async def caller():
    try:
        await asyncio.wait_for(slow(), timeout=5)
    except asyncio.CancelledError:
        print('caller cancelled')
        raise


async def main():
    t = asyncio.create_task(caller())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled, not timed out')


asyncio.run(main())
