# async with asyncio.timeout(d): the block is cancelled and TimeoutError raised.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.1) as cm:
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print('block cancelled')
                raise
    except TimeoutError as e:
        print('TimeoutError', repr(e.__cause__) if e.__cause__ else None,
              type(e.__context__).__name__)
    print('expired:', cm.expired())


asyncio.run(main())
