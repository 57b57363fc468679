# set_exception takes a class or an instance; StopIteration is refused.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(KeyError)
    print(repr(f.exception()))
    g = loop.create_future()
    try:
        g.set_exception(StopIteration('x'))
    except TypeError as e:
        print('TypeError:', e)
    try:
        g.set_exception(42)
    except TypeError as e:
        print('TypeError:', e)
    print(g.done())
    g.set_exception(ValueError('v'))
    try:
        await g
    except ValueError as e:
        print('await raised', repr(e))
    try:
        f.result()
    except KeyError:
        print('result raised KeyError')


asyncio.run(main())
