# asyncio.run returns the coroutine's value or raises its exception; it can run again.
import asyncio


async def value():
    await asyncio.sleep(0)
    return {'answer': 42}


async def fails():
    await asyncio.sleep(0)
    raise LookupError('from main')


print(asyncio.run(value()))
try:
    asyncio.run(fails())
except LookupError as e:
    print('LookupError:', e)
print(asyncio.run(value()))
