# asend() sends a value in as the result of the yield expression
import asyncio

async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
            await asyncio.sleep(0)
    finally:
        print('received', received)

async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend('a'))
    print(await g.asend('b'))
    print(await g.__anext__())
    await g.aclose()
    h = echo()
    try:
        await h.asend('too early')
    except TypeError as e:
        print('TypeError:', e)
    print(await h.asend(None))

asyncio.run(main())
