# reschedule() moves the deadline later, earlier, or removes it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.1) as cm:
        cm.reschedule(loop.time() + 0.3)
        await asyncio.sleep(0.2)
        print('survived past the first deadline')
    try:
        async with asyncio.timeout(None) as cm:
            await asyncio.sleep(0.1)
            cm.reschedule(loop.time() + 0.1)
            print('deadline set')
            await asyncio.sleep(1)
    except TimeoutError:
        print('timed out after reschedule')
    async with asyncio.timeout(0.1) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.2)
        print('deadline removed:', cm.when())


asyncio.run(main())
