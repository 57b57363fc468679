# cancel(msg): the task sees CancelledError(msg); its awaiter sees the message too.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('worker got', e.args)
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        print('main got', e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result() raises', e.args)


asyncio.run(main())
