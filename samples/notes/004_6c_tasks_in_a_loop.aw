# Note 004, block 6 (third main): tasks created in a list comprehension, awaited in a for loop
# Block 5's shared code (delay() and the __main__ guard) around the main()
# of block 6.
from typing import Union  

import time
import asyncio


async def delay(delay: Union[int, float]):
	print(f"{delay} -- started")
	await asyncio.sleep(delay)
	print(f"{delay} -- finished")


# можно делать это в цикле
async def main():
	tasks = [ 
		asyncio.create_task(delay(i)) for i in range(10)
	]

	for task in tasks:
		await task


if __name__ == "__main__": # и вызов главной функции показаной в примере
	asyncio.run(main())
