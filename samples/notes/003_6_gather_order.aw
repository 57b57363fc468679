# Note 003, block 6 (second program): gather returns [3, 1], argument order, not completion order
# (The note indents the whole block by four spaces; dedented to run.)
import asyncio
from util import delay


async def main():
    results = await asyncio.gather(delay(3), delay(1))
    print(results)
    
    
asyncio.run(main())
