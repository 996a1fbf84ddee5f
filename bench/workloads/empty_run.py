"""(s) Start-up: asyncio.run of a coroutine that does nothing; what a traced process pays to start and end."""
import asyncio


async def main():
    pass


asyncio.run(main())
