# Note 000, rule 1 (prose, no code block): await works only on awaitable objects
import asyncio


async def main():
    print('await 42')
    await 42


asyncio.run(main())
