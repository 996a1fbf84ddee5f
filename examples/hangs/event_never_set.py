"""An Event nobody sets: the program waits forever, and asyncio says nothing.

Run it with a short threshold and stop it (it never ends by itself):
    ASYNCTRACE_HANG_MS=500 timeout 3 asynctrace record -o trace.db -- python event_never_set.py
    asynctrace analyze trace.db
"""
import asyncio


async def main():
    ready = asyncio.Event()
    # The task that was meant to call ready.set() was never started.
    await ready.wait()  # asynctrace: expect deadlock
    print("ready")


asyncio.run(main())
