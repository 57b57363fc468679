# An exception in a done-callback is reported on stderr and the other callbacks still run.
import asyncio


def bad(f):
    raise ValueError('callback failed')


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(bad)
    f.add_done_callback(lambda f: print('second callback runs'))
    f.set_result(None)
    await asyncio.sleep(0)
    print('main goes on')


asyncio.run(main())
