# A block that ends in time is left alone and expired() stays False.
import asyncio


async def main():
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.1)
        print('in time')
    print('expired:', cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.1)
    print('no deadline:', cm.when(), cm.expired())


asyncio.run(main())
