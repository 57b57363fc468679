# Condition: notify or wait without holding the lock is a RuntimeError; a shared Lock.
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print('lock held through the condition:', lock.locked())
    print(lock.locked())


asyncio.run(main())
