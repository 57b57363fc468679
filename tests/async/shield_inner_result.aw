# shield() passes the inner result through when nothing is cancelled.
import asyncio


async def work():
    await asyncio.sleep(0.1)
    return 'result'


async def main():
    print(await asyncio.shield(work()))
    t = asyncio.create_task(work())
    print(await asyncio.shield(t), t.done())


asyncio.run(main())
