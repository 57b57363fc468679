# aw-only: CPython hangs forever here; aw raises a deadlock RuntimeError in the main task
import asyncio


async def consumer(q):
    return await q.get()


async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(consumer(q))
    try:
        await t
    except RuntimeError as e:
        msg = str(e)
        print(msg[:msg.index(' suspended')])
        print("awaits <Task pending name='Task-2'" in msg)
    q.put_nowait('late item')
    print(await t)


asyncio.run(main())
