"""The fix: the producer runs beside the consumer."""
import asyncio

import pytest


async def heartbeat():
    while True:
        await asyncio.sleep(0.05)


async def produce(messages):
    await asyncio.sleep(0.1)
    await messages.put("hello")


@pytest.mark.asyncio
async def test_receives_a_message():
    messages = asyncio.Queue()
    beating = asyncio.create_task(heartbeat())
    producing = asyncio.create_task(produce(messages))
    try:
        assert await messages.get() == "hello"
        await producing
    finally:
        beating.cancel()
