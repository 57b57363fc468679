import asyncio

class Bad:
    def __aiter__(self):
        return 7

async def main():
    async for x in Bad():
        pass

asyncio.run(main())
