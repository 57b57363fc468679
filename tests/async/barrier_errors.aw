# Barrier needs at least one party.
import asyncio


async def main():
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)
    b = asyncio.Barrier(1)
    print(await b.wait(), await b.wait())


asyncio.run(main())
