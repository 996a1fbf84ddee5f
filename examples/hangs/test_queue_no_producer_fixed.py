"""The fix: the producer runs beside the consumer."""
import asyncio


async def heartbeat():
    while True:
        await asyncio.sleep(0.05)


async def next_message(messages):
    beating = asyncio.create_task(heartbeat())
    try:
        return await messages.get()
    finally:
        beating.cancel()


async def produce(messages):
    await asyncio.sleep(0.1)
    await messages.put("hello")


def test_receives_a_message():
    async def main():
        messages = asyncio.Queue()
        producing = asyncio.create_task(produce(messages))
        assert await next_message(messages) == "hello"
        await producing

    asyncio.run(main())
