# Note 003, block 5: Awaitable -> Coroutine and Awaitable -> Future -> Task
# The note draws the relation as text; this checks it on the real classes
# (abc-free: the collections.abc classes are not in aw yet).
import asyncio


async def coro():
    return 1


c = coro()
print(hasattr(c, '__await__'), hasattr(asyncio.Future, '__await__'))
c.close()
print(issubclass(asyncio.Task, asyncio.Future))
print(issubclass(asyncio.Future, asyncio.Task))
print(asyncio.iscoroutine(c), asyncio.isfuture(c))


async def main():
    task = asyncio.create_task(coro())
    print(asyncio.isfuture(task), isinstance(task, asyncio.Future))
    print(await task)


asyncio.run(main())
