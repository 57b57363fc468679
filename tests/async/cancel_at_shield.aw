# Cancelling a task awaiting shield(x) cancels the task, not x.
import asyncio


async def precious():
    await asyncio.sleep(0.5)
    print('precious finished')
    return 42


async def caller(inner):
    try:
        await asyncio.shield(inner)
    except asyncio.CancelledError:
        print('caller cancelled')
        raise


async def main():
    inner = asyncio.create_task(precious())
    t = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print('inner cancelled:', inner.cancelled())
    print('inner result:', await inner)


asyncio.run(main())
