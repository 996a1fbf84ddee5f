"""An async generator left mid-iteration by a `break`: its `finally` runs later, when the garbage collector
or asyncio.run's shutdown gets to it, not when the loop left it."""
import asyncio


async def ticks():
    try:
        for n in range(10):
            yield n
            await asyncio.sleep(0)
    finally:
        print("ticks cleaned up")


async def main():
    async for n in ticks():  # asynctrace: expect asyncgen-not-closed
        if n == 2:
            break
    print("done iterating")


asyncio.run(main())
