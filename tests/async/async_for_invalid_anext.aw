import asyncio

class Bad:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42

async def main():
    try:
        async for x in Bad():
            pass
    except TypeError as e:
        print(e)
        print(repr(e.__cause__))
    async for x in Bad():
        pass

asyncio.run(main())
