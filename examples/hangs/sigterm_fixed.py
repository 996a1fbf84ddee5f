"""The fix: whatever owns the reply sets it."""
import asyncio


async def report_status():
    while True:
        await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    status = asyncio.create_task(report_status())
    reply = loop.create_future()
    loop.call_later(0.2, reply.set_result, "pong")
    print(await reply)
    status.cancel()


asyncio.run(main())
