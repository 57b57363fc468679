# Note 000, block 2: tasks start in creation order and run concurrently (2 s)
# (001 repeats this block.)
import asyncio
import time
async def coro(num,second):
    print(f'coro {num}, начало свое выполнение')
    await asyncio.sleep(second)
    print(f'coro {num} выполнена за {second} секунд(ы)')


async def main():
    # создание объектов корутин путем вызова корутинной функции
    task1 = asyncio.create_task(coro(1,2))
    task2 = asyncio.create_task(coro(2, 1))
    # запуск и ожидание выполнения объектов корутин
    await task1
    await task2


start = time.time()
asyncio.run(main())

print(f'ПРОГРАММА ВЫПОЛНЕНА ЗА {time.time() - start:.3f}')
"""
coro 1, начало свое выполнение
coro 2, начало свое выполнение
coro 2 выполнена за 1 секунд(ы)
coro 1 выполнена за 2 секунд(ы)
ПРОГРАММА ВЫПОЛНЕНА ЗА 2.009
"""
