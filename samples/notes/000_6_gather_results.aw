# Note 000, block 6: gather returns the tasks' results in argument order
import asyncio
async def coro(num):
    print('Начало',num)
    await asyncio.sleep(1)
    return f'Задача завершена {num}'

async def main():
    task = [asyncio.create_task(coro(i) )for i in range(1,6)]
    result = await asyncio.gather(*task)
    print(result)
if __name__ == '__main__':
    asyncio.run(main())

"""
Начало 1
Начало 2
Начало 3
Начало 4
Начало 5
['Задача завершена 1', 'Задача завершена 2', 'Задача завершена 3', 'Задача завершена 4', 'Задача завершена 5']
"""
