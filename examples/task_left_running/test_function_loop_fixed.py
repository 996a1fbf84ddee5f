"""The test stops the flusher it started, and waits until it has."""
import asyncio

import pytest


async def flush_every(seconds, buffer):
    while True:
        await asyncio.sleep(seconds)
        buffer.clear()


@pytest.mark.asyncio
async def test_starts_a_flusher():
    buffer = ["job"]
    flushing = asyncio.create_task(flush_every(0.1, buffer))
    assert buffer == ["job"]
    flushing.cancel()
    with pytest.raises(asyncio.CancelledError):
        await flushing
