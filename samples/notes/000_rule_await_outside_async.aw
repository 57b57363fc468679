# Note 000, rule 2 (prose, no code block): await works only inside async def
import asyncio


def main():
    print('never printed: the file does not compile')
    await asyncio.sleep(1)


main()
