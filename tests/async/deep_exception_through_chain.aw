# An exception raised 500 awaits down unwinds through every frame's handler.
import asyncio

unwound = []


async def chain(n):
    try:
        if n == 0:
            await asyncio.sleep(0)
            raise KeyError('bottom')
        return await chain(n - 1)
    finally:
        unwound.append(n)


async def main():
    try:
        await chain(500)
    except KeyError as e:
        print('caught', e, len(unwound), unwound[:3], unwound[-1])


asyncio.run(main())
