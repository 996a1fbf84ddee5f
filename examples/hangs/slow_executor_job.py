"""Must stay clean: the loop is idle for longer than the threshold while an executor job runs, which will wake it."""
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, time.sleep, 1.5)
    print("done")


asyncio.run(main())
