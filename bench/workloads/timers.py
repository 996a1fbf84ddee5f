"""(g) Timers: COUNT call_later handles made and cancelled, and COUNT waits under wait_for with a timeout, one
in ten of which times out."""
import asyncio
import sys

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 100000


def never():
    raise AssertionError("a cancelled timer ran")


async def main():
    loop = asyncio.get_running_loop()
    for _ in range(COUNT):
        loop.call_later(60, never).cancel()
    timeouts = 0
    for i in range(COUNT):
        future = loop.create_future()
        if i % 10:
            loop.call_soon(future.set_result, i)
        try:
            await asyncio.wait_for(future, timeout=0 if i % 10 == 0 else 10)
        except asyncio.TimeoutError:
            timeouts += 1
    assert timeouts == COUNT // 10


asyncio.run(main())
