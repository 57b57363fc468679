# Tasks start in creation order, only once their creator yields to the loop.
import asyncio


async def work(name):
    print('start', name)
    await asyncio.sleep(0)
    print('end', name)


async def main():
    tasks = [asyncio.create_task(work(n)) for n in 'abc']
    print('created')
    await asyncio.sleep(0)
    print('main after one round')
    await asyncio.gather(*tasks)
    print('done')


asyncio.run(main())
