# call_soon returns a Handle, call_later and call_at a TimerHandle (a Handle with when()).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, 'soon')
    t = loop.call_later(10, print, 'never')
    a = loop.call_at(loop.time() + 10, print, 'never')
    print(type(h), type(t), type(a) is type(t))
    print(isinstance(t, asyncio.Handle), issubclass(asyncio.TimerHandle, asyncio.Handle))
    print(hasattr(h, 'when'), hasattr(t, 'when'))
    print(repr(h))
    t.cancel()
    a.cancel()
    print(t.cancelled(), h.cancelled())
    await asyncio.sleep(0)


asyncio.run(main())
