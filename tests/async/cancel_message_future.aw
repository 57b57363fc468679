# A future cancelled with a message raises CancelledError(msg) from result() and await.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    print(fut.cancel(msg='no longer needed'))
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print('result:', e.args)
    try:
        fut.exception()
    except asyncio.CancelledError as e:
        print('exception:', e.args)
    try:
        await fut
    except asyncio.CancelledError as e:
        print('await:', e.args)


asyncio.run(main())
