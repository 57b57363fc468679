# create_task and ensure_future reject what is not a coroutine or awaitable.
import asyncio


def plain():
    return 1


async def main():
    for bad in (plain, 42):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print('create_task TypeError:', str(e).replace(hex(id(bad)), 'ADDR'))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('ensure_future TypeError:', e)


asyncio.run(main())
