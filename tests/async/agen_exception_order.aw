# exceptions raised by the generator reach the consumer's handlers
import asyncio

async def gen():
    yield 1
    await asyncio.sleep(0)
    raise ValueError('from the generator')

async def main():
    try:
        async for x in gen():
            print('got', x)
    except ValueError as e:
        print('caught', e)
    async for x in gen():
        print('again', x)

asyncio.run(main())
