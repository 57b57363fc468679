# A cancel() from outside during a timeout block stays a CancelledError, not TimeoutError.
import asyncio


async def worker():
    try:
        async with asyncio.timeout(5):
            await asyncio.sleep(10)
    except TimeoutError:
        print('wrongly a TimeoutError')
    except asyncio.CancelledError:
        print('CancelledError passes through the timeout')
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())


asyncio.run(main())
