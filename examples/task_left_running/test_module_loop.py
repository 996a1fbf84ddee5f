"""With a module-scoped loop, the poller one test starts keeps polling through the next test."""
import asyncio

import pytest

pytestmark = pytest.mark.asyncio(loop_scope="module")
polls = []


async def poll():
    while True:
        polls.append("poll")
        await asyncio.sleep(0.01)


async def test_starts_polling():
    asyncio.create_task(poll())  # asynctrace: expect task-left-running
    await asyncio.sleep(0.02)


async def test_counts_nothing_new():
    before = len(polls)
    await asyncio.sleep(0.05)
    assert len(polls) > before  # the leaked poller is still at work here
