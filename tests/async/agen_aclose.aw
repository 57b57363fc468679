# aclose() runs the finally block, which may await
import asyncio

async def resource(tag):
    print(tag, 'open')
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        print(tag, 'closed')

async def main():
    g = resource('a')
    print(await g.__anext__())
    print('aclose ->', await g.aclose())
    print('again ->', await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('closed generator: StopAsyncIteration')
    h = resource('never started')
    print('unstarted aclose ->', await h.aclose())
    try:
        await h.__anext__()
    except StopAsyncIteration:
        print('still StopAsyncIteration')

asyncio.run(main())
