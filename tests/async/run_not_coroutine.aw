# asyncio.run wants a coroutine object.
import asyncio


async def main():
    return 1


for bad in (main, 42, None):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print('ValueError:', str(e).replace(hex(id(bad)), 'ADDR'))
fut_loop = asyncio.new_event_loop()
fut = fut_loop.create_future()
try:
    asyncio.run(fut)
except ValueError as e:
    print('ValueError:', e)
fut_loop.close()
