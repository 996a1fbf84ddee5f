"""A future made on one loop, awaited from another ("attached to a different loop")."""
import asyncio


async def make_future():
    return asyncio.get_running_loop().create_future()


first = asyncio.new_event_loop()
future = first.run_until_complete(make_future())


async def main():
    try:
        await future  # asynctrace: expect cross-loop-await
    except RuntimeError as error:
        print("caught:", "attached to a different loop" in str(error))


asyncio.run(main())
first.close()
