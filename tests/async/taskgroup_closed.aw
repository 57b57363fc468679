# create_task on a finished group raises RuntimeError and closes the coroutine.
import asyncio


async def child():
    return 1


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child())
    try:
        tg.create_task(child())
    except RuntimeError as e:
        print(str(e).replace(hex(id(tg)), 'ADDR'))
    tg2 = asyncio.TaskGroup()
    try:
        tg2.create_task(child())
    except RuntimeError as e:
        print(str(e).replace(hex(id(tg2)), 'ADDR'))


asyncio.run(main())
