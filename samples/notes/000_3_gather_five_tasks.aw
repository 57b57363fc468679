# Note 000, block 3: five tasks made in a list comprehension all start before any finishes
import asyncio
# Ключевое слово await

async def my_coro(num):
    print(f'Начинаем выполнение корутины {num}')
    await asyncio.sleep(1)
    print(f'Закончили выполнение корутины {num}')

async  def main():
    task = [asyncio.create_task(my_coro(i)) for i in range(1,6)]
    await asyncio.gather(*task)


if __name__ == '__main__':
    asyncio.run(main())
"""
Начинаем выполнение корутины 1
Начинаем выполнение корутины 2
Начинаем выполнение корутины 3
Начинаем выполнение корутины 4
Начинаем выполнение корутины 5
Закончили выполнение корутины 1
Закончили выполнение корутины 2
Закончили выполнение корутины 3
Закончили выполнение корутины 4
Закончили выполнение корутины 5
"""
