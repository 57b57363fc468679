# wait() on futures that are already done returns at once with all of them done.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]
    for i, f in enumerate(futs):
        f.set_result(i * 10)
    done, pending = await asyncio.wait(futs, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(f.result() for f in done), len(pending))


asyncio.run(main())
