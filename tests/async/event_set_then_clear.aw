# Waiters woken by set() return True even if clear() comes before they run.
import asyncio


async def waiter(ev):
    print('woke with', await ev.wait())


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await t
    print(ev.is_set())


asyncio.run(main())
