# Note 004, block 6 (second main): tasks of 3, 1 and 2 s awaited in creation order
# Block 5's shared code (delay() and the __main__ guard) around the main()
# of block 6.
from typing import Union  

import time
import asyncio


async def delay(delay: Union[int, float]):
	print(f"{delay} -- started")
	await asyncio.sleep(delay)
	print(f"{delay} -- finished")


async def main():
	print("Before creating tasks")
	task1 = asyncio.create_task(delay(3))
	task2 = asyncio.create_task(delay(1))
	task3 = asyncio.create_task(delay(2))
	print("After creating tasks")

	print("Before first 'await'")
	await task1
	print("After 1 task")
	await task2
	print("After 2 task")
	await task3
	print("After 3 task")


if __name__ == "__main__": # и вызов главной функции показаной в примере
	asyncio.run(main())
