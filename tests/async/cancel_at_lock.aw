# A task cancelled while waiting for a Lock does not take it; the next waiter does.
import asyncio


async def user(lock, name):
    try:
        async with lock:
            print(name, 'has the lock')
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print(name, 'cancelled while waiting')
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(user(lock, 'a'))
    b = asyncio.create_task(user(lock, 'b'))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    lock.release()
    await b
    print(a.cancelled(), lock.locked())


asyncio.run(main())
