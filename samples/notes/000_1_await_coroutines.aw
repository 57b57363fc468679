# Note 000, block 1: awaiting coroutines runs them one after another (3 s)
# (001 repeats this block.) Fixed: the note indents the last four lines into
# main(), so as written nothing runs; here they are at module level.
import asyncio
import time
# использование await с корутиной
async def coro(num,second):
    print(f'coro {num}, начало свое выполнение')
    await asyncio.sleep(second)
    print(f'coro {num} выполнена за {second} секунд(ы)')
    
    
async def main():
    # создание объектов корутин путем вызова корутинной функции
    coro1 = coro(1,2)
    coro2 = coro(2,1)
    # запуск и ожидание выполнения объектов корутин
    await coro1
    await coro2    
    
start = time.time()
asyncio.run(main())

print(f'ПРОГРАММА ВЫПОЛНЕНА ЗА {time.time() - start:.3f}')

"""

coro 1, начало свое выполнение
coro 1 выполнена за 2 секунд(ы)
coro 2, начало свое выполнение
coro 2 выполнена за 1 секунд(ы)
ПРОГРАММА ВЫПОЛНЕНА ЗА 3.024
"""
