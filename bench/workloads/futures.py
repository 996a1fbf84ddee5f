"""(b) 200k create_future + call_soon(set_result) + await."""
import asyncio
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000


async def main():
    loop = asyncio.get_running_loop()
    for _ in range(N):
        future = loop.create_future()
        loop.call_soon(future.set_result, None)
        await future


asyncio.run(main())
