# run_until_complete raises the coroutine's exception; the loop stays usable.
import asyncio


async def fails():
    await asyncio.sleep(0)
    raise KeyError('k')


async def ok():
    return 'ok'


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(fails())
except KeyError as e:
    print('KeyError', e)
print(loop.run_until_complete(ok()))
loop.close()
