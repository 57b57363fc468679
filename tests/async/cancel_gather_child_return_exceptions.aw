# With return_exceptions=True a cancelled child becomes a CancelledError in the results.
import asyncio


async def child(d):
    await asyncio.sleep(d)
    return d


async def main():
    kids = [asyncio.create_task(child(d)) for d in (0.1, 0.2, 0.3)]
    kids[1].cancel()
    results = await asyncio.gather(*kids, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(results[0], results[2])


asyncio.run(main())
