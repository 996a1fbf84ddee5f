"""Must stay clean: a sleep longer than the threshold; its timer will wake the loop."""
import asyncio


async def main():
    await asyncio.sleep(1.5)
    print("done")


asyncio.run(main())
