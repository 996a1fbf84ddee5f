"""The fix: the task that sets the Event is started before anyone waits on it."""
import asyncio


async def prepare(ready):
    await asyncio.sleep(0.1)
    ready.set()


async def main():
    ready = asyncio.Event()
    preparing = asyncio.create_task(prepare(ready))
    await ready.wait()
    await preparing
    print("ready")


asyncio.run(main())
