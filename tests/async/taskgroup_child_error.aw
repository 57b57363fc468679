# A failing child cancels its siblings; the group raises an ExceptionGroup.
import asyncio


async def ok(n):
    try:
        await asyncio.sleep(n)
        print('ok', n)
    except asyncio.CancelledError:
        print('sibling', n, 'cancelled')
        raise


async def bad():
    await asyncio.sleep(0.15)
    raise ValueError('boom')


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(0.1))
            tg.create_task(bad())
            tg.create_task(ok(1))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])


asyncio.run(main())
