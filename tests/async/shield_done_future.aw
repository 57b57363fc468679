# shield() of a done future returns that same future.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(5)
    print(asyncio.shield(fut) is fut, await asyncio.shield(fut))
    pending = asyncio.get_running_loop().create_future()
    s = asyncio.shield(pending)
    print(s is pending, s.done())
    pending.set_result(6)
    print(await s)


asyncio.run(main())
