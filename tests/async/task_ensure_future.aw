# ensure_future wraps coroutines in tasks and returns futures and tasks unchanged.
import asyncio


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'custom awaitable'


async def coro():
    return 'coro'


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(asyncio.ensure_future(fut) is fut)
    t = asyncio.ensure_future(coro())
    print(isinstance(t, asyncio.Task), asyncio.ensure_future(t) is t)
    print(await t)
    w = asyncio.ensure_future(Awaitable())
    print(isinstance(w, asyncio.Task), await w)


asyncio.run(main())
