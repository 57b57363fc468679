# fixture: the helpers the notes import (from util import delay, async_timed),
# after the book "Python Concurrency with asyncio" (M. Fowler), chapters 2-4.
# async_timed() prints the function's name where the book prints the function
# object, whose repr holds an address that changes from run to run.
import asyncio
import functools
import time


async def delay(delay_seconds: int) -> int:
    print(f'sleeping for {delay_seconds} second(s)')
    await asyncio.sleep(delay_seconds)
    print(f'finished sleeping for {delay_seconds} second(s)')
    return delay_seconds


def async_timed():
    def wrapper(func):
        @functools.wraps(func)
        async def wrapped(*args, **kwargs):
            print(f'starting {func.__name__} with args {args} {kwargs}')
            start = time.time()
            try:
                return await func(*args, **kwargs)
            finally:
                end = time.time()
                total = end - start
                print(f'finished {func.__name__} in {total:.4f} second(s)')
        return wrapped
    return wrapper
