# Note 003, block 3: three delay(3) tasks run concurrently (3 s, not 9)
# (The note indents the whole block by four spaces; dedented to run.)
import asyncio
from util import delay

async def main():

    sleep_for_three = asyncio.create_task(delay(3))
    sleep_again = asyncio.create_task(delay(3))
    sleep_once_more = asyncio.create_task(delay(3))
    
    await sleep_for_three
    await sleep_again
    await sleep_once_more
    
asyncio.run(main())
