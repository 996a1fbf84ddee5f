"""The same test under pytest-asyncio: the test's own task waits on the Queue when pytest-timeout ends it.

    asynctrace record -o trace.db -- python -m pytest test_queue_no_producer_asyncio.py --timeout 2
    asynctrace analyze trace.db
"""
import asyncio

import pytest


async def heartbeat():
    while True:
        await asyncio.sleep(0.05)


@pytest.mark.asyncio
async def test_receives_a_message():
    messages = asyncio.Queue()
    beating = asyncio.create_task(heartbeat())
    try:
        assert await messages.get() == "hello"  # asynctrace: expect stalled-await
    finally:
        beating.cancel()
