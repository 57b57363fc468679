# Cancelling a task suspended in sleep() raises CancelledError at the sleep.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('cancelled in sleep')
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print('cancel ->', t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('awaiting it raises CancelledError')
    print(t.cancelled(), t.done())


asyncio.run(main())
