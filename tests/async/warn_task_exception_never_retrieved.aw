# A task whose exception nobody retrieves is reported when it is collected.
import asyncio


async def bad():
    raise ValueError('nobody looked at me')


async def main():
    asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    print('main ends normally')


asyncio.run(main())
