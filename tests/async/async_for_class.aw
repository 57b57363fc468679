# async for over a class with __aiter__ and __anext__
import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        print('aiter')
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield from ()
        return self.v

class Plain:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return Awaitable(self.i * 10)

async def main():
    async for i in Countdown(3):
        print(i)
    async for v in Plain():
        print(v)
    print([x async for x in Countdown(2)])

asyncio.run(main())
