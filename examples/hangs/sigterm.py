"""A reply nobody will deliver, while a status timer keeps the loop busy: the program runs until it is
stopped with SIGTERM (as CI stops a job), and asyncio leaves no word of where it was stuck.

    ASYNCTRACE_HANG_MS=500 timeout 3 asynctrace record -o trace.db -- python sigterm.py
    asynctrace analyze trace.db
"""
import asyncio


async def report_status():
    while True:
        await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    status = asyncio.create_task(report_status())
    reply = loop.create_future()
    # The callback that should set the reply was never registered.
    print(await reply)  # asynctrace: expect stalled-await
    status.cancel()


asyncio.run(main())
