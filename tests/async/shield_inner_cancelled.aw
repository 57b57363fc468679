# If the shielded task itself is cancelled, the awaiter is cancelled too.
import asyncio


async def work():
    await asyncio.sleep(1)


async def main():
    inner = asyncio.create_task(work())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled:', outer.cancelled(), inner.cancelled())


asyncio.run(main())
