import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def anoyield():
    if False:
        yield

@asynccontextmanager
async def atwice():
    yield
    yield

async def main():
    try:
        async with anoyield():
            pass
    except RuntimeError as e:
        print(e)
    async with atwice():
        pass

asyncio.run(main())
