# A task that cancels itself gets CancelledError at its next await.
import asyncio


async def worker():
    asyncio.current_task().cancel()
    print('still running until the next await')
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print('cancelled at the await')
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())


asyncio.run(main())
