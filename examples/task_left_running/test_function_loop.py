"""A test starts a worker and returns; pytest-asyncio cancels it when it tears the test's loop down."""
import asyncio

import pytest


async def worker(queue):
    while True:
        await queue.get()


@pytest.mark.asyncio
async def test_starts_a_worker():
    queue = asyncio.Queue()
    asyncio.create_task(worker(queue))  # asynctrace: expect task-left-running
    await queue.put("job")
