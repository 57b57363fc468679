# Cancelling the task that runs a TaskGroup cancels every task of the group.
import asyncio

cancelled = []


async def child(n):
    try:
        await asyncio.sleep(n)
    except asyncio.CancelledError:
        cancelled.append(n)
        raise


async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in (1, 2):
                tg.create_task(child(n))
            print('body done')
    except asyncio.CancelledError:
        print('parent cancelled after its children:', sorted(cancelled))
        raise


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())


asyncio.run(main())
