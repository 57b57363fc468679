# A semaphore waiter cancelled after its wakeup does not lose the slot for the others.
import asyncio


async def user(sem, name):
    try:
        async with sem:
            print(name, 'in')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    ts = [asyncio.create_task(user(sem, n)) for n in 'abc']
    await asyncio.sleep(0)
    sem.release()
    ts[0].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print([t.cancelled() for t in ts], sem.locked())


asyncio.run(main())
