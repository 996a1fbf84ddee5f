"""The same program with the synchronous call run in a worker thread: the loop keeps running."""
import asyncio
import time


def load_config():
    time.sleep(0.3)
    return {"retries": 3}


async def heartbeat():
    for _ in range(3):
        await asyncio.sleep(0.05)


async def main():
    beat = asyncio.create_task(heartbeat())
    config = await asyncio.get_running_loop().run_in_executor(None, load_config)
    await beat
    print("config", config)


asyncio.run(main())
