# Exceptions from an awaited task keep their type, args and chained context.
import asyncio


async def inner():
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('wrapped') from e


async def main():
    t = asyncio.create_task(inner())
    try:
        await t
    except ValueError as e:
        print(repr(e), repr(e.__cause__))
    print(t.exception() is not None, type(t.exception()).__name__)


asyncio.run(main())
