# an error while closing at shutdown is reported, and run() still returns
import asyncio

keep = []

async def broken():
    try:
        yield 1
    finally:
        raise ValueError('boom')

async def main():
    keep.append(broken())
    await keep[0].__anext__()
    return 'result'

print(asyncio.run(main()))
