# call_soon runs callbacks FIFO with their arguments; a cancelled handle is skipped.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, 'first', 1)
    h = loop.call_soon(print, 'cancelled one')
    loop.call_soon(print, 'second', 2)
    h.cancel()
    print(h.cancelled())
    try:
        loop.call_soon(print, 'x', sep='-')
    except TypeError as e:
        print('TypeError:', e)
    await asyncio.sleep(0)
    print('after one round')


asyncio.run(main())
