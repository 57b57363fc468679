# current_task() is the running task; all_tasks() holds the unfinished ones.
import asyncio


async def child(ev):
    me = asyncio.current_task()
    print('child sees itself:', me.get_name())
    await ev.wait()


async def main():
    main_task = asyncio.current_task()
    print(main_task.get_name(), main_task in asyncio.all_tasks())
    ev = asyncio.Event()
    kids = [asyncio.create_task(child(ev), name=f'kid{i}') for i in range(3)]
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    ev.set()
    await asyncio.gather(*kids)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() is main_task)
    print(asyncio.current_task(asyncio.get_running_loop()) is main_task)


asyncio.run(main())
