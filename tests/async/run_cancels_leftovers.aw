# When main returns, asyncio.run cancels the tasks still running and waits for them.
import asyncio

log = []


async def background(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(name + ' cancelled at shutdown')
        await asyncio.sleep(0)
        log.append(name + ' cleanup done')
        raise


async def main():
    for n in ('b1', 'b2'):
        asyncio.create_task(background(n))
    await asyncio.sleep(0)
    print('main returns')
    return 'result'


print(asyncio.run(main()))
print(sorted(log))
