# Task reprs in each state (the file name is replaced by FILE).
import asyncio


def show(t):
    print(repr(t).replace(__file__, 'FILE'))


async def work(x):
    await asyncio.sleep(0)
    if x == 'fail':
        raise ValueError(x)
    return x


async def main():
    t = asyncio.create_task(work(1), name='w')
    show(t)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)
    f = asyncio.create_task(work('fail'), name='f')
    await asyncio.gather(f, return_exceptions=True)
    show(f)
    c = asyncio.create_task(work(2), name='c')
    await asyncio.sleep(0)
    c.cancel()
    show(c)
    await asyncio.gather(c, return_exceptions=True)
    show(c)


asyncio.run(main())
