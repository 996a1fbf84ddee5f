"""main() awaits the task it started before it returns: the metrics are sent."""
import asyncio


async def send_metrics():
    await asyncio.sleep(0.1)
    print("sent")


async def main():
    sending = asyncio.create_task(send_metrics())
    await asyncio.sleep(0)
    await sending


asyncio.run(main())
