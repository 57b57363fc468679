# unpacking targets, nested async for, attribute and subscript targets
import asyncio

async def pairs():
    for i in range(3):
        yield i, chr(97 + i)

class Box:
    pass

async def main():
    async for i, c in pairs():
        async for j, d in pairs():
            if j > i:
                break
            print(i, c, j, d)
    b = Box()
    d = {}
    async for b.attr in pairs():
        pass
    async for d['k'] in pairs():
        pass
    print(b.attr, d)
    async for (x, *rest) in pairs():
        print(x, rest)

asyncio.run(main())
