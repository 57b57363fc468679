# A cancel message given to the task awaiting gather reaches every child.
import asyncio


async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('child', n, 'got', e.args)
        raise


async def parent():
    await asyncio.gather(child(1), child(2))


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel('shutting down')
    try:
        await t
    except asyncio.CancelledError as e:
        print('parent ended cancelled', t.cancelled())


asyncio.run(main())
