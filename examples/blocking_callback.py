"""A synchronous call inside a coroutine: the whole event loop stops while it runs."""
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
    config = load_config()  # asynctrace: expect blocking-callback
    await beat
    print("config", config)


asyncio.run(main())
