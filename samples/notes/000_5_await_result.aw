# Note 000, block 5: await gives back the coroutine's return value
import asyncio
# await может возвращать результат

async def coro():
    await asyncio.sleep(1)
    return 'Задача завершена'

async def main():
    result = await coro() # сохраняем в переменную результат выполнения my_coroutine() 
    print(result)

if __name__ == '__main__':
    asyncio.run(main())
"""
Задача завершена
"""
