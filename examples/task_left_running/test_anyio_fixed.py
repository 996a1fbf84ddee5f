"""The flush runs in a task group of the test: the test ends when it has."""
import asyncio

import anyio
import pytest


async def flush_later(flushed):
    await asyncio.sleep(0.05)
    flushed.append(True)


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_schedules_a_flush(anyio_backend):
    flushed = []
    async with anyio.create_task_group() as group:
        group.start_soon(flush_later, flushed)
    assert flushed
