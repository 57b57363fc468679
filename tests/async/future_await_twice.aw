# A done future can be awaited any number of times, by several tasks.
import asyncio


async def reader(fut, name):
    print(name, await fut)


async def main():
    fut = asyncio.get_running_loop().create_future()
    readers = [asyncio.create_task(reader(fut, n)) for n in 'ab']
    await asyncio.sleep(0)
    fut.set_result('value')
    await asyncio.gather(*readers)
    print(await fut, await fut)
    await reader(fut, 'c')


asyncio.run(main())
