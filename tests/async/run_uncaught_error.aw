# An exception escaping main ends the program with its traceback.
import asyncio


async def main():
    print('about to fail')
    await asyncio.sleep(0)
    raise ZeroDivisionError('in main')


asyncio.run(main())
