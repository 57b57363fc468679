# Note 000, block 4: await suspends the awaiting coroutine until the awaited one ends
import asyncio
async def coro():
    print(f'Начинает выполнение')
    await asyncio.sleep(1)  # Тут блокируется корутина сoro() до завершения asyncio.sleep().
    print(f'Закончил')

async def main():
    await coro() # Тут блокируется main() до завершения my_coroutine().
    print('Выполнение корутины закончили')

if __name__ == '__main__':
    asyncio.run(main())
"""
Начинает выполнение
Закончил
Выполнение корутины закончили
"""
