"""(e) TaskGroup fan-out with nested tasks and cancellations (3.11+): ROUNDS rounds of a group of 20 parents,
each with a nested group of 5 children; every fourth round one child fails, which cancels the rest."""
import asyncio
import sys

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 1000


async def child(round_, parent, i):
    await asyncio.sleep(0)
    if round_ % 4 == 0 and parent == 0 and i == 0:
        raise ValueError("one child fails")
    await asyncio.sleep(0)


async def parent(round_, p):
    async with asyncio.TaskGroup() as group:
        for i in range(5):
            group.create_task(child(round_, p, i))


async def main():
    for round_ in range(ROUNDS):
        try:
            async with asyncio.TaskGroup() as group:
                for p in range(20):
                    group.create_task(parent(round_, p))
        except* ValueError:
            pass


asyncio.run(main())
