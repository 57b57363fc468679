# The baseline of bench/sleepers: the same program with no task.
import asyncio


async def main():
    await asyncio.sleep(0.5)
    print(0)


asyncio.run(main())
