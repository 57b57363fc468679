# A task's result(), exception(), done() and cancelled() through its life.
import asyncio


async def work(fail):
    await asyncio.sleep(0)
    if fail:
        raise KeyError('bad')
    return 'good'


async def main():
    t = asyncio.create_task(work(False))
    print(t.done(), t.cancelled())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    await t
    print(t.done(), t.result(), t.exception())
    u = asyncio.create_task(work(True))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(u.done(), repr(u.exception()))
    try:
        u.result()
    except KeyError as e:
        print('result raised KeyError', e)


asyncio.run(main())
