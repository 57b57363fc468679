# Children failing in the same round are all in the ExceptionGroup, in order.
import asyncio


async def bad(exc):
    await asyncio.sleep(0.1)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(ValueError(1)))
            tg.create_task(bad(KeyError(2)))
            tg.create_task(bad(TypeError(3)))
    except BaseExceptionGroup as eg:
        print(eg)
        for e in eg.exceptions:
            print(' ', repr(e))


asyncio.run(main())
