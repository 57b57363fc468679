# Note 003, block 2: create_task returns a Task; awaiting it gives delay's result
# (The note indents the whole block by four spaces; dedented to run.)
import asyncio
from util import delay

async def main():

    sleep_for_three = asyncio.create_task(delay(3))        
    print(type(sleep_for_three))
    result = await sleep_for_three
    print(result)

asyncio.run(main())
