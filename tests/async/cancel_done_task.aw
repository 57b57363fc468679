# cancel() on a finished task returns False and changes nothing.
import asyncio


async def quick():
    return 7


async def main():
    t = asyncio.create_task(quick())
    await t
    print(t.cancel(), t.cancelled(), t.result())
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(ValueError('bad'))
    print(fut.cancel(), fut.cancelled(), repr(fut.exception()))


asyncio.run(main())
