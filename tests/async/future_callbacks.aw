# add_done_callback / remove_done_callback: counts, order, callbacks on a done future.
import asyncio


def cb_a(f):
    print('a', f.result())


def cb_b(f):
    print('b', f.result())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(cb_a)
    f.add_done_callback(cb_b)
    f.add_done_callback(cb_a)
    print('removed', f.remove_done_callback(cb_a))
    print('removed', f.remove_done_callback(cb_a))
    f.set_result(1)
    await asyncio.sleep(0)
    f.add_done_callback(cb_a)
    print('added to a done future: not called yet')
    await asyncio.sleep(0)
    print('removed after done', f.remove_done_callback(cb_b))


asyncio.run(main())
