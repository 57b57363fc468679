# cancel() on the gather future cancels all its unfinished children.
import asyncio


async def child(d):
    try:
        await asyncio.sleep(d)
        return d
    except asyncio.CancelledError:
        print('child', d, 'cancelled')
        raise


async def main():
    kids = [asyncio.create_task(child(d)) for d in (0, 1, 2)]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0.1)
    print('cancel ->', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled')
    print([k.cancelled() for k in kids], kids[0].result())


asyncio.run(main())
