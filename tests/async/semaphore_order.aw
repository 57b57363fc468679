# Waiters on a semaphore get it in FIFO order as it is released.
import asyncio


async def user(sem, name):
    async with sem:
        print(name, 'acquired')
        await asyncio.sleep(0)


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(user(sem, n) for n in 'abcdef'))


asyncio.run(main())
