"""Fire and forget: the loop keeps only weak references to tasks, so a task nobody holds can be
garbage-collected in the middle of its work ("Task was destroyed but it is pending!")."""
import asyncio
import gc


async def send_metrics():
    await asyncio.get_running_loop().create_future()  # waits for a reply that never comes


async def main():
    asyncio.ensure_future(send_metrics())  # asynctrace: expect task-destroyed-pending
    await asyncio.sleep(0)
    gc.collect()
    print("main done")


asyncio.run(main())
