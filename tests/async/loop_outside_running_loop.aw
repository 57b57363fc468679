# Outside a running loop, get_running_loop, current_task, all_tasks and create_task raise RuntimeError.
import asyncio

for name, fn in [('get_running_loop', asyncio.get_running_loop),
                 ('current_task', asyncio.current_task),
                 ('all_tasks', asyncio.all_tasks),
                 ('sleep', lambda: asyncio.sleep(0).send(None))]:
    try:
        fn()
    except RuntimeError as e:
        print(name, 'RuntimeError:', e)
c = asyncio.sleep(0)
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print('create_task RuntimeError:', e)
c.close()
