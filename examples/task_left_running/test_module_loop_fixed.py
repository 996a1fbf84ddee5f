"""The poller runs in a TaskGroup-like scope of its own test: nothing is left for the next one."""
import asyncio

import pytest

pytestmark = pytest.mark.asyncio(loop_scope="module")
polls = []


async def poll():
    while True:
        polls.append("poll")
        await asyncio.sleep(0.01)


async def test_starts_polling():
    polling = asyncio.create_task(poll())
    await asyncio.sleep(0.02)
    polling.cancel()
    await asyncio.gather(polling, return_exceptions=True)


async def test_counts_nothing_new():
    before = len(polls)
    await asyncio.sleep(0.05)
    assert len(polls) == before
