# shutdown_asyncgens closes what is still suspended when main returns
import asyncio

gens = []

async def stream(tag):
    try:
        while True:
            yield tag
    finally:
        await asyncio.sleep(0)
        print(tag, 'closed at shutdown')

async def main():
    for t in ('a', 'b'):
        g = stream(t)
        gens.append(g)
        print(await g.__anext__())
    print('main returns')

asyncio.run(main())
print('after run', [g.ag_frame is None for g in gens])
