# An exception of the shielded awaitable reaches the awaiter.
import asyncio


async def fails():
    await asyncio.sleep(0)
    raise OSError('disk full')


async def main():
    try:
        await asyncio.shield(fails())
    except OSError as e:
        print('OSError', e)


asyncio.run(main())
