# an asynchronous generator expression may be made outside async functions
import asyncio

async def agen(n):
    for i in range(n):
        yield i

def make(n):
    return (x * 10 async for x in agen(n))

def awaiting(xs):
    return (await x for x in xs)

async def ret(v):
    return v

async def main():
    g = make(3)
    print(type(g).__name__)
    async for v in g:
        print(v)
    print([v async for v in awaiting([ret(1), ret(2)])])

asyncio.run(main())
