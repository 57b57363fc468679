# a task asleep shows the future it waits on; cancelling it wakes it with
# the message, and cancelling twice is cancelling once
import asyncio

async def job():
    await asyncio.sleep(10)

def show(t):
    print(repr(t).replace(__file__, 'FILE'))

async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0)
    show(t)
    print(t.cancel('bye'), t.cancelling())
    show(t)
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled', e.args)
    t2 = asyncio.create_task(job())
    await asyncio.sleep(0)
    print(t2.cancel(), t2.cancel(), t2.cancelling())
    await asyncio.sleep(0)
    print(t2.cancelled())
    show(t2)

asyncio.run(main())
