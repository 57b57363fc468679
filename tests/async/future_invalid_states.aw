# A pending future has no result or exception; a done one cannot be set again.
import asyncio


def attempt(label, fn, *args):
    try:
        r = fn(*args)
        print(label, '->', r)
    except asyncio.InvalidStateError as e:
        print(label, 'InvalidStateError:', e)


async def main():
    fut = asyncio.get_running_loop().create_future()
    attempt('result', fut.result)
    attempt('exception', fut.exception)
    fut.set_result(1)
    attempt('set_result', fut.set_result, 2)
    attempt('set_exception', fut.set_exception, ValueError())
    attempt('result', fut.result)
    attempt('exception', fut.exception)
    fut2 = asyncio.get_running_loop().create_future()
    fut2.cancel()
    attempt('set_result on cancelled', fut2.set_result, 1)
    print(issubclass(asyncio.InvalidStateError, Exception))


asyncio.run(main())
