# async with lock releases the lock when the block raises.
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        async with lock:
            raise ValueError('inside')
    except ValueError:
        print('raised; locked:', lock.locked())


asyncio.run(main())
