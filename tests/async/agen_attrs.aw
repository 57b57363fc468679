# attributes and repr of async generators and their awaitables
import asyncio

async def gen():
    await asyncio.sleep(0)
    yield 1

class Holder:
    async def method(self):
        yield 'm'

async def main():
    g = gen()
    print(type(g).__name__, g.__name__, g.__qualname__)
    print(Holder().method().__qualname__)
    r = repr(g)
    print(r.startswith('<async_generator object gen at 0x'), r.endswith('>'))
    print(g.ag_running, g.ag_await, g.ag_code.co_name)
    print(g.__aiter__() is g)
    a = g.__anext__()
    print(type(a).__name__, type(g.aclose()).__name__, type(g.athrow(ValueError)).__name__)
    print(repr(a).startswith('<async_generator_asend object at 0x'))
    print(a.__await__() is a)
    t = asyncio.ensure_future(a)
    await asyncio.sleep(0)
    print('running while awaiting:', g.ag_running, type(g.ag_await).__name__)
    print(await t)
    print(g.ag_running, g.ag_await)
    print(g.ag_frame is None)
    async for _ in g:
        pass
    print(g.ag_frame is None)

asyncio.run(main())
