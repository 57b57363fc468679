# gather() rejects what is not awaitable.
import asyncio


async def main():
    for bad in (42, None, 'text'):
        try:
            asyncio.gather(bad)
        except TypeError as e:
            print(type(bad).__name__, e)


asyncio.run(main())
