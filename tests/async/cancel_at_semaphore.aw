# A task cancelled while waiting on a Semaphore does not consume it.
import asyncio


async def user(sem, name):
    try:
        async with sem:
            print(name, 'in')
            await asyncio.sleep(0)
            print(name, 'out')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def main():
    sem = asyncio.Semaphore(1)
    ts = [asyncio.create_task(user(sem, n)) for n in 'abc']
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print([t.cancelled() for t in ts], sem.locked())


asyncio.run(main())
