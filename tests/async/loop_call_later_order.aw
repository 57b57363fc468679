# call_later fires by delay; equal delays keep their scheduling order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for d, name in [(0.3, 'c'), (0.1, 'a1'), (0.2, 'b'), (0.1, 'a2'), (0, 'zero')]:
        loop.call_later(d, print, name)
    h = loop.call_later(0.15, print, 'cancelled')
    h.cancel()
    await asyncio.sleep(0.5)


asyncio.run(main())
