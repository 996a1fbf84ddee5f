"""A coroutine called but never awaited: its body never runs ("coroutine ... was never awaited")."""
import asyncio


async def save(record):
    await asyncio.sleep(0)
    print("saved", record)


async def main():
    save("draft")  # asynctrace: expect leaked-coroutine
    await save("final")


asyncio.run(main())
