# Cancelling a task blocked in asyncio.wait() leaves the awaited tasks running.
import asyncio


async def child(d):
    await asyncio.sleep(d)
    print('child', d, 'finished')
    return d


async def waiter(kids):
    try:
        await asyncio.wait(kids)
    except asyncio.CancelledError:
        print('waiter cancelled')
        raise


async def main():
    kids = [asyncio.create_task(child(d)) for d in (0.5, 0.6)]
    w = asyncio.create_task(waiter(kids))
    await asyncio.sleep(0.05)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print([k.done() for k in kids])
    print(await asyncio.gather(*kids))


asyncio.run(main())
