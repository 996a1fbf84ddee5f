"""cancel() and then close the loop at once: the task never gets the loop iteration it needs to run
its cancellation, so it is destroyed pending ("Task was destroyed but it is pending!")."""
import asyncio


async def heartbeat():
    while True:
        await asyncio.sleep(0.01)


loop = asyncio.new_event_loop()
task = loop.create_task(heartbeat())  # asynctrace: expect cancelled-unfinished
loop.run_until_complete(asyncio.sleep(0.03))
task.cancel()
loop.close()
print("closed")
