# iscoroutine / iscoroutinefunction on functions, coroutines, tasks and futures.
import asyncio


async def afn():
    return 1


def fn():
    return 1


async def main():
    c = afn()
    t = asyncio.create_task(afn())
    print(asyncio.iscoroutinefunction(afn), asyncio.iscoroutinefunction(fn))
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(t), asyncio.iscoroutine(fn))
    print(asyncio.isfuture(t), asyncio.isfuture(c))
    await c
    await t


asyncio.run(main())
