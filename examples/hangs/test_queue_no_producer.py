"""A test that waits on a Queue nothing ever fills, while a heartbeat keeps the loop busy: the loop never
looks idle, and the test runs until pytest-timeout ends it.

    asynctrace record -o trace.db -- python -m pytest test_queue_no_producer.py --timeout 2 --timeout-method signal
    asynctrace analyze trace.db

(--timeout-method thread ends the whole process with os._exit instead: the trace tells the same.)
"""
import asyncio


async def heartbeat():
    while True:
        await asyncio.sleep(0.05)


async def next_message(messages):
    beating = asyncio.create_task(heartbeat())
    try:
        return await messages.get()  # asynctrace: expect stalled-await
    finally:
        beating.cancel()


def test_receives_a_message():
    async def main():
        messages = asyncio.Queue()
        # The producer that should put a message was never started.
        assert await next_message(messages) == "hello"

    asyncio.run(main())
