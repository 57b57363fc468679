import asyncio

async def main():
    async def agen():
        yield 1
    try:
        print([x async for x in 3])
    except TypeError as e:
        print(e)
    print([x async for x in [1]])

asyncio.run(main())
