# cancelling a task suspended in an await inside an async generator
import asyncio

async def slow_numbers():
    try:
        for i in range(10):
            await asyncio.sleep(0)
            yield i
    except asyncio.CancelledError:
        print('generator sees CancelledError')
        raise
    finally:
        print('generator finally')

async def consumer():
    try:
        async for x in slow_numbers():
            print('consumed', x)
    finally:
        print('consumer finally')

async def main():
    t = asyncio.create_task(consumer())
    for i in range(3):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('consumer cancelled', t.cancelled())

asyncio.run(main())
