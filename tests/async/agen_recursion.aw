# deep recursion through async for over async generators
import asyncio
async def deep(n):
    if n:
        async for x in deep(n - 1):
            yield x + 1
    else:
        yield 0
async def main():
    async for x in deep(100):
        print(x)
    try:
        async for x in deep(1200):
            print(x)
    except RecursionError as e:
        print('RecursionError')
asyncio.run(main())
