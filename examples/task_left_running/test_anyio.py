"""Under anyio's pytest plugin, a plain asyncio task outlives its test: anyio's runner cancels it later."""
import asyncio

import pytest


async def flush_later(flushed):
    await asyncio.sleep(0.05)
    flushed.append(True)


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_schedules_a_flush(anyio_backend):
    asyncio.create_task(flush_later([]))  # asynctrace: expect task-left-running
