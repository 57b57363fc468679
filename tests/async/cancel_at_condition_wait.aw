# A task cancelled in Condition.wait() re-acquires the lock before it sees CancelledError.
import asyncio


async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print('cancelled; holds the lock again:', cond.locked())
            raise


async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    print('lock free while waiting:', not cond.locked())
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled(), cond.locked())


asyncio.run(main())
