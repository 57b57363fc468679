# call_at fires at absolute loop times; TimerHandle.when() reports that time.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    hs = [loop.call_at(t0 + d, print, 'at', d) for d in (0.3, 0.1, 0.2)]
    print([round(h.when() - t0, 6) for h in hs])
    await asyncio.sleep(0.4)


asyncio.run(main())
