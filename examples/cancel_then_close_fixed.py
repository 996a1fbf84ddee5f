"""Cancel, then drain: run the loop until the cancelled task has finished, then close it."""
import asyncio


async def heartbeat():
    while True:
        await asyncio.sleep(0.01)


loop = asyncio.new_event_loop()
task = loop.create_task(heartbeat())
loop.run_until_complete(asyncio.sleep(0.03))
task.cancel()
loop.run_until_complete(asyncio.gather(task, return_exceptions=True))
loop.close()
print("closed, cancelled:", task.cancelled())
