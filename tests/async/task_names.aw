# Default names Task-N count up; name= and set_name() replace them.
import asyncio


async def noop():
    pass


async def main():
    me = asyncio.current_task()
    print(me.get_name())
    t1 = asyncio.create_task(noop())
    t2 = asyncio.create_task(noop(), name='custom')
    t3 = asyncio.create_task(noop())
    print(t1.get_name(), t2.get_name(), t3.get_name())
    t3.set_name(12345)
    print(repr(t3.get_name()))
    await asyncio.gather(t1, t2, t3)
    t4 = asyncio.get_running_loop().create_task(noop(), name=None)
    print(t4.get_name())
    await t4


asyncio.run(main())
