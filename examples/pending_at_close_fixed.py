"""A TaskGroup (Python 3.11+) does not exit while a child is pending: stop the child, then leave."""
import asyncio


async def poll(stop):
    while not stop.is_set():
        await asyncio.sleep(0.01)


async def main():
    stop = asyncio.Event()
    async with asyncio.TaskGroup() as group:
        group.create_task(poll(stop))
        await asyncio.sleep(0.03)
        stop.set()
    print("all children finished")


asyncio.run(main())
