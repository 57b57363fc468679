# Cancelling a task waiting on an Event; the event still wakes the others.
import asyncio


async def waiter(ev, name):
    try:
        await ev.wait()
        print(name, 'woke')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in 'abc']
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts, return_exceptions=True)
    print([t.cancelled() for t in ts])


asyncio.run(main())
