# notify(n) wakes n waiters in FIFO order; notify_all wakes the rest.
import asyncio


async def waiter(cond, name):
    async with cond:
        await cond.wait()
        print(name, 'notified')


async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(waiter(cond, f'w{i}')) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)


asyncio.run(main())
