# A condition guarding a list: consumers wait until an item is there.
import asyncio


async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, 'took', items.pop(0))


async def main():
    cond = asyncio.Condition()
    items = []
    cs = [asyncio.create_task(consumer(cond, items, n)) for n in ('c1', 'c2')]
    for i in range(2):
        await asyncio.sleep(0)
        async with cond:
            items.append(i)
            cond.notify()
    await asyncio.gather(*cs)


asyncio.run(main())
