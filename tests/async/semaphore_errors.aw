# Semaphore values: negative is refused, BoundedSemaphore refuses over-release.
import asyncio


async def main():
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    s = asyncio.Semaphore(0)
    print(s.locked())
    s.release()
    print(s.locked(), await s.acquire(), s.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(main())
