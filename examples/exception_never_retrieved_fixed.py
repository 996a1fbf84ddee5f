"""Await the task (or gather it with return_exceptions=True) so its failure is handled where it belongs."""
import asyncio


async def fetch():
    raise ConnectionError("backend down")


async def main():
    task = asyncio.ensure_future(fetch())
    try:
        await task
    except ConnectionError as error:
        print("handled:", error)


asyncio.run(main())
