"""Two tasks that await each other: neither can finish first.

    ASYNCTRACE_HANG_MS=500 timeout 3 asynctrace record -o trace.db -- python await_each_other.py
    asynctrace analyze trace.db
"""
import asyncio

tasks = {}


async def producer():
    await asyncio.sleep(0.05)
    await tasks["consumer"]  # asynctrace: expect deadlock
    return "produced"


async def consumer():
    await asyncio.sleep(0.05)
    return await tasks["producer"]


async def main():
    tasks["producer"] = asyncio.create_task(producer())
    tasks["consumer"] = asyncio.create_task(consumer())
    print(await tasks["consumer"])


asyncio.run(main())
