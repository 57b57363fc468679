# cancelling() counts pending cancel requests; uncancel() takes one back.
import asyncio


async def worker():
    task = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('cancelling in handler:', task.cancelling())
        print('uncancel ->', task.uncancel())
        print('uncancel ->', task.uncancel())
    return 'survived'


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print(t.cancelling())
    print(t.cancel(), t.cancelling())
    print(t.cancel(), t.cancelling())
    print(await t, t.cancelling())


asyncio.run(main())
