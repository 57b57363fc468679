# An await chain deeper than the recursion limit raises RecursionError, caught above it.
import asyncio


async def chain(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return await chain(n - 1) + 1


async def main():
    try:
        await chain(5000)
    except RecursionError as e:
        print('RecursionError:', e)
    print(await chain(100))


asyncio.run(main())
