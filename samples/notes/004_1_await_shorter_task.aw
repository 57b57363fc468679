# Note 004, block 1: awaiting only the shorter task ends after 1 s; the longer never finishes
# Added: asyncio.run(example1()), which the note runs without showing it
# (block 2 is its output).
from typing import Union  

import time
import asyncio


async def delay(delay: Union[int, float]):
	print(f"{delay} -- started")
	await asyncio.sleep(delay)
	print(f"{delay} -- finished")  

async def example1():
	start = time.perf_counter()
	
	task1 = asyncio.create_task(delay(2)) # создание первой таски (значит отправляет эту таску в event loop)
	task2 = asyncio.create_task(delay(1)) # создание второй таски
	await task2 # после первого await все таски, добавленные в event loop начинают выполняться
	# но здесь мы не эвэйтим первую таску, которая не успевает выполниться за 1 секунду, поэтому завершается (тоесть мы не дожидаемся её выполнения)
	# если бы она выполнялась к пример 0.5 секунды, то успела бы выполниться
	
	print(f"Ended with {time.perf_counter() - start}")


asyncio.run(example1())
