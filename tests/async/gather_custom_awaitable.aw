# gather and ensure_future run objects with __await__ in tasks, like coroutines.
import asyncio


class Delayed:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.value


async def main():
    print(await asyncio.gather(Delayed(1), Delayed(2)))
    t = asyncio.ensure_future(Delayed('x'))
    print(type(t).__name__, await t)
    w = asyncio.sleep(0, 'from sleep').__await__()
    print(type(w).__name__, iter(w) is w)
    try:
        next(w)
        next(w)
    except StopIteration as e:
        print('StopIteration', e.value)


asyncio.run(main())
