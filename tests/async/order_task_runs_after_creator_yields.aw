# A new task does not run while its creator runs on without awaiting.
import asyncio


async def child(log):
    log.append('child')


async def main():
    log = []
    t = asyncio.create_task(child(log))
    for i in range(3):
        log.append(i)
    print(log)
    await asyncio.sleep(0)
    print(log, t.done())


asyncio.run(main())
