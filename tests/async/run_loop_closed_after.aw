# asyncio.run closes its loop: the loop is closed and no longer running afterwards.
import asyncio

saved = []


async def main():
    loop = asyncio.get_running_loop()
    saved.append(loop)
    print(loop.is_running(), loop.is_closed())


asyncio.run(main())
print(saved[0].is_running(), saved[0].is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
