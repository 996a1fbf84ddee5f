"""Every coroutine is awaited (or handed to create_task), so every body runs."""
import asyncio


async def save(record):
    await asyncio.sleep(0)
    print("saved", record)


async def main():
    await save("draft")
    await save("final")


asyncio.run(main())
