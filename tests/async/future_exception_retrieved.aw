# exception() hands back the exception; result() raises it.
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()
    err = ZeroDivisionError('no')
    f.set_exception(err)
    print(f.exception() is err, f.done())
    try:
        f.result()
    except ZeroDivisionError as e:
        print(e is err)


asyncio.run(main())
