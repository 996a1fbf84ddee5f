"""A background task still pending when its loop is closed: it is silently dropped mid-work."""
import asyncio


async def poll():
    while True:
        await asyncio.sleep(0.01)


loop = asyncio.new_event_loop()
loop.create_task(poll())  # asynctrace: expect pending-at-close
loop.run_until_complete(asyncio.sleep(0.03))
loop.close()
print("closed")
