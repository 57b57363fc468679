# an error from __anext__ leaves the loop; the iterator's state is kept
import asyncio

class Flaky:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError('flaky at %d' % self.i)
        if self.i > 5:
            raise StopAsyncIteration
        return self.i

async def main():
    it = Flaky()
    try:
        async for x in it:
            print(x)
    except ValueError as e:
        print('caught', e)
    async for x in it:
        print('again', x)

asyncio.run(main())
