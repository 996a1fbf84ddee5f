"""main() starts a background task and returns: asyncio.run() cancels the task without a word, so "sent" is
never printed and nothing says why."""
import asyncio


async def send_metrics():
    await asyncio.sleep(0.1)
    print("sent")


async def main():
    asyncio.create_task(send_metrics())  # asynctrace: expect task-left-running
    await asyncio.sleep(0)


asyncio.run(main())
