# Cancelling the shield's outer future leaves the inner task running to its end.
import asyncio


async def work():
    await asyncio.sleep(0.2)
    print('inner done')
    return 1


async def main():
    inner = asyncio.create_task(work())
    outer = asyncio.shield(inner)
    print(outer.cancel(), outer.cancelled(), inner.cancelled())
    outer2 = asyncio.shield(inner)
    await asyncio.sleep(0.1)
    outer2.cancel()
    print(await inner, outer2.cancelled())


asyncio.run(main())
