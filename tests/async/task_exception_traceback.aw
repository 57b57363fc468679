import asyncio
async def worker():
    await asyncio.sleep(0)
    raise ValueError("x")
async def spawn():
    return asyncio.create_task(worker())
async def main():
    t = await spawn()
    await t
asyncio.run(main())
