# Nested timeouts: only the one that expired turns into TimeoutError.
import asyncio


async def main():
    async with asyncio.timeout(1) as outer:
        try:
            async with asyncio.timeout(0.1) as inner:
                await asyncio.sleep(0.5)
        except TimeoutError:
            print('inner timed out', inner.expired(), outer.expired())
    print('outer intact:', outer.expired())
    try:
        async with asyncio.timeout(0.1) as outer:
            async with asyncio.timeout(1) as inner:
                await asyncio.sleep(0.5)
    except TimeoutError:
        print('outer timed out', outer.expired(), inner.expired())


asyncio.run(main())
