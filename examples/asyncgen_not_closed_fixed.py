"""The same loop with the generator closed as soon as the loop leaves it (contextlib.aclosing from 3.10)."""
import asyncio


async def ticks():
    try:
        for n in range(10):
            yield n
            await asyncio.sleep(0)
    finally:
        print("ticks cleaned up")


async def main():
    numbers = ticks()
    try:
        async for n in numbers:
            if n == 2:
                break
    finally:
        await numbers.aclose()
    print("done iterating")


asyncio.run(main())
