# gathers of gathers: results nest; an error deep inside reaches the top.
import asyncio


async def val(v):
    await asyncio.sleep(0)
    return v


async def bad():
    await asyncio.sleep(0)
    raise LookupError('deep')


async def main():
    r = await asyncio.gather(asyncio.gather(val(1), val(2)), val(3),
                             asyncio.gather(val(4), asyncio.gather(val(5))))
    print(r)
    try:
        await asyncio.gather(val(1), asyncio.gather(val(2), bad()))
    except LookupError as e:
        print('raised', repr(e))


asyncio.run(main())
