# Cancelling a task that awaits gather() cancels every child of the gather.
import asyncio


async def child(n):
    try:
        await asyncio.sleep(n)
    except asyncio.CancelledError:
        print('child', n, 'cancelled')
        raise


async def parent():
    try:
        await asyncio.gather(child(1), child(2), child(3))
    except asyncio.CancelledError:
        print('parent cancelled')
        raise


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('main sees the cancellation')


asyncio.run(main())
