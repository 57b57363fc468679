# an awaitable of an async generator is awaited once
import asyncio

async def gen():
    yield 1
    yield 2

async def main():
    g = gen()
    a = g.__anext__()
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print(e)
    c = g.aclose()
    await c
    try:
        await c
    except RuntimeError as e:
        print(e)
    s = g.asend(None)
    try:
        await s
    except StopAsyncIteration:
        print('StopAsyncIteration')
    try:
        s.send(None)
    except RuntimeError as e:
        print(e)

asyncio.run(main())
