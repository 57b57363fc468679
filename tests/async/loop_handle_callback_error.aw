# An exception in a call_soon callback is reported on stderr; the loop goes on.
import asyncio


def bad():
    raise ValueError('in callback')


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad)
    loop.call_soon(print, 'next callback runs')
    await asyncio.sleep(0)
    print('main goes on')


asyncio.run(main())
