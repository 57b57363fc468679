# wait_for with timeout <= 0: done futures give their result, others time out.
import asyncio


async def never():
    await asyncio.sleep(10)


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('already')
    print(await asyncio.wait_for(fut, 0))
    try:
        await asyncio.wait_for(never(), 0)
    except TimeoutError:
        print('timeout 0: TimeoutError')
    try:
        await asyncio.wait_for(never(), -1)
    except TimeoutError:
        print('timeout -1: TimeoutError')


asyncio.run(main())
