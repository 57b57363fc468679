# aw-only: CPython hangs forever here; aw's deadlock RuntimeError says where main waits and on what
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    print('waiting for a future nobody completes')
    await fut


try:
    asyncio.run(main())
except RuntimeError as e:
    print(str(e).replace(__file__, 'FILE'))
