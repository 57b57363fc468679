# CancelledError caught, cleanup awaited, then re-raised: the task ends cancelled.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('cleaning up')
        await asyncio.sleep(0)
        print('cleanup done')
        raise
    finally:
        print('finally')


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('main: cancelled', t.cancelled())


asyncio.run(main())
