# When the awaitable swallows the cancellation at the timeout, wait_for returns its value.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('ignoring cancel')
    return 'kept going'


async def main():
    print(await asyncio.wait_for(stubborn(), timeout=0.1))


asyncio.run(main())
