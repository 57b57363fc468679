# An exception of the awaitable passes through wait_for unchanged.
import asyncio


async def fails():
    await asyncio.sleep(0.1)
    raise KeyError('inner')


async def main():
    try:
        await asyncio.wait_for(fails(), timeout=1)
    except KeyError as e:
        print('KeyError', e)


asyncio.run(main())
