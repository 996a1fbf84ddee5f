"""A test starts a background flusher and returns; pytest-asyncio cancels it when it tears the test's loop down."""
import asyncio

import pytest


async def flush_every(seconds, buffer):
    while True:
        await asyncio.sleep(seconds)
        buffer.clear()


@pytest.mark.asyncio
async def test_starts_a_flusher():
    buffer = ["job"]
    asyncio.create_task(flush_every(0.1, buffer))  # asynctrace: expect task-left-running
    assert buffer == ["job"]
