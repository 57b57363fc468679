# Two cancel() calls before the task runs again deliver one CancelledError.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('first CancelledError')
    try:
        await asyncio.sleep(0)
        print('no second CancelledError')
    except asyncio.CancelledError:
        print('second CancelledError')
    return 'end'


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel())
    print(await t)


asyncio.run(main())
