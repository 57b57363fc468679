# Lock: locked(), acquire() returns True, releasing an unlocked lock is an error.
import asyncio


async def main():
    lock = asyncio.Lock()
    print(lock.locked(), await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with lock:
        print('in with:', lock.locked())
    print('after with:', lock.locked())
    print(repr(lock).endswith('[unlocked]>'))


asyncio.run(main())
