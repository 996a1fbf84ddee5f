"""The fix: only the consumer waits for the other task."""
import asyncio

tasks = {}


async def producer():
    await asyncio.sleep(0.05)
    return "produced"


async def consumer():
    await asyncio.sleep(0.05)
    return await tasks["producer"]


async def main():
    tasks["producer"] = asyncio.create_task(producer())
    tasks["consumer"] = asyncio.create_task(consumer())
    print(await tasks["consumer"])


asyncio.run(main())
