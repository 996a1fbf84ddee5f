"""A task fails and nobody awaits it or asks for its exception: the error is only logged, late, when
the task is garbage-collected ("Task exception was never retrieved")."""
import asyncio


async def fetch():
    raise ConnectionError("backend down")


async def main():
    asyncio.ensure_future(fetch())  # asynctrace: expect exception-never-retrieved
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
