# Note 004, block 3: await asyncio.create_task(...) twice runs the tasks one after another (3 s)
# Added: delay() from block 1, the timing print the output (block 4) shows
# and asyncio.run(example2()), which the note leaves out.
from typing import Union

import time
import asyncio


async def delay(delay: Union[int, float]):
	print(f"{delay} -- started")
	await asyncio.sleep(delay)
	print(f"{delay} -- finished")

async def example2():
	start = time.perf_counter()

	await asyncio.create_task(delay(1)) # здесь мы добавляем первую таску в event loop и сразу же начинаем ее выполнение, но так как вторую таску мы еще не добавили в event loop мы дожидаемся завершения первой таски и удаляем ее из event loop
	await asyncio.create_task(delay(2)) # здесь мы также добавляем таску в event loop и ждем ее завершения

	print(f"Ended with {time.perf_counter() - start}")


asyncio.run(example2())
