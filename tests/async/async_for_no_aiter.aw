import asyncio

async def main():
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print(e)
    async for x in [1, 2]:
        pass

asyncio.run(main())
