# gather raises the first exception as soon as it happens; the others keep running.
import asyncio


async def fail(d, exc):
    await asyncio.sleep(d)
    raise exc


async def ok(d):
    await asyncio.sleep(d)
    print('ok', d, 'finished')
    return d


async def main():
    t = asyncio.create_task(ok(0.3))
    try:
        await asyncio.gather(fail(0.2, KeyError('late')), fail(0.1, ValueError('early')), t)
    except Exception as e:
        print('gather raised', repr(e))
    print('t done?', t.done())
    print(await t)
    await asyncio.sleep(0.2)


asyncio.run(main())
