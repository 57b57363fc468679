# Event: wait() returns True at once when set, blocks after clear().
import asyncio


async def waiter(ev, name):
    print(name, 'waiting')
    print(name, 'woke with', await ev.wait())


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    ts = [asyncio.create_task(waiter(ev, n)) for n in 'ab']
    await asyncio.sleep(0)
    ev.set()
    ev.set()
    print('set:', ev.is_set())
    await asyncio.gather(*ts)
    print(await ev.wait())
    ev.clear()
    t = asyncio.create_task(waiter(ev, 'c'))
    await asyncio.sleep(0)
    print('c blocked:', not t.done())
    ev.set()
    await t


asyncio.run(main())
