import asyncio

async def say(what, delay):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()

async def main():
    t1 = asyncio.create_task(say("hello", 0.2))
    t2 = asyncio.create_task(say("world", 0.1))
    print("started")
    r = await asyncio.gather(t1, t2, say("direct", 0.05))
    print(r)
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon")
    loop.call_later(0, print, "timer")
    loop.call_soon(lambda: loop.call_soon(print, "nested"))
    await asyncio.sleep(0)
    print("main")
    await asyncio.sleep(0.01)
    t = asyncio.create_task(say("never", 10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, 42)
    print(await f)
    return "end"

print(asyncio.run(main()))
