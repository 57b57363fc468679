# aw-only: CPython hangs forever here; aw raises a deadlock RuntimeError in the main task
import asyncio


async def take(first, second, name):
    async with first:
        await asyncio.sleep(0)
        async with second:
            print(name, 'never gets both')


async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    t1 = asyncio.create_task(take(a, b, 't1'))
    t2 = asyncio.create_task(take(b, a, 't2'))
    try:
        await asyncio.gather(t1, t2)
    except RuntimeError as e:
        print(str(e).startswith('deadlock: the main task main() suspended'))
    print(t1.done(), t2.done(), a.locked(), b.locked())


asyncio.run(main())
