# A cancelled child makes gather raise CancelledError; the other children go on.
import asyncio


async def child(d):
    await asyncio.sleep(d)
    print('child', d, 'done')
    return d


async def main():
    kids = [asyncio.create_task(child(d)) for d in (0.1, 0.2)]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0)
    kids[0].cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather raised CancelledError')
    print(await kids[1])


asyncio.run(main())
