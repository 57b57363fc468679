# Note 002, rule (prose, no code block): asyncio.run() cannot be called from a running event loop
import asyncio


async def inner():
    print('inner never runs')


async def main():
    print('main runs')
    coro = inner()
    try:
        asyncio.run(coro)
    finally:
        coro.close()


asyncio.run(main())
