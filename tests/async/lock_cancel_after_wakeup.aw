# A waiter woken by release() but cancelled before it runs passes the lock on.
import asyncio


async def user(lock, name):
    try:
        async with lock:
            print(name, 'has the lock')
    except asyncio.CancelledError:
        print(name, 'cancelled after being woken')
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(user(lock, 'a'))
    b = asyncio.create_task(user(lock, 'b'))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print(a.cancelled(), lock.locked())


asyncio.run(main())
