"""The test stops the worker it started, and waits until it has."""
import asyncio

import pytest


async def worker(queue):
    while True:
        await queue.get()


@pytest.mark.asyncio
async def test_starts_a_worker():
    queue = asyncio.Queue()
    working = asyncio.create_task(worker(queue))
    await queue.put("job")
    working.cancel()
    with pytest.raises(asyncio.CancelledError):
        await working
