"""Keep a strong reference to every background task (a set, discarded when the task is done), and
cancel what is still running before leaving."""
import asyncio
import gc

background = set()


async def send_metrics():
    await asyncio.get_running_loop().create_future()


async def main():
    task = asyncio.ensure_future(send_metrics())
    background.add(task)
    task.add_done_callback(background.discard)
    await asyncio.sleep(0)
    gc.collect()
    for task in list(background):
        task.cancel()
    await asyncio.gather(*background, return_exceptions=True)
    print("main done")


asyncio.run(main())
