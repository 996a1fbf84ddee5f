"""(a) asyncio.run of 200k tasks created through gather over sleep(0) coroutines."""
import asyncio
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000


async def leaf():
    await asyncio.sleep(0)


async def main():
    await asyncio.gather(*(leaf() for _ in range(N)))


asyncio.run(main())
