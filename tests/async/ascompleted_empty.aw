# as_completed of nothing yields nothing; a bare future works too.
import asyncio


async def main():
    print(list(asyncio.as_completed([])))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('f')
    for x in asyncio.as_completed([fut]):
        print(await x)
    try:
        asyncio.as_completed(asyncio.sleep(0))
    except TypeError as e:
        print(e)


asyncio.run(main())
