# done() and cancelled() through a future's life; get_loop() is its loop.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled(), f.get_loop() is loop)
    f.set_result(None)
    print(f.done(), f.cancelled(), f.result())
    g = asyncio.Future()
    print(g.get_loop() is loop, g.cancel(), g.done(), g.cancelled())
    c = asyncio.sleep(0)
    print(asyncio.isfuture(g), asyncio.isfuture(c), asyncio.isfuture(1))
    await c


asyncio.run(main())
