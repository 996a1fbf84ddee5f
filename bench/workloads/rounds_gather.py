"""(d) Rounds of short-lived gathered tasks, with some coroutines never awaited: ROUNDS rounds of gather over
WIDTH sleep(0) tasks, and ROUNDS coroutines created and dropped."""
import asyncio
import sys
import warnings

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 200
WIDTH = 1000


async def step(i):
    await asyncio.sleep(0)
    return i


async def forgotten():
    pass


async def main():
    for _ in range(ROUNDS):
        await asyncio.gather(*(asyncio.ensure_future(step(i)) for i in range(WIDTH)))
        forgotten()


warnings.simplefilter("ignore", RuntimeWarning)  # the leaks are the point; their warnings are not measured
asyncio.run(main())
