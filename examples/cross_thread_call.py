"""A thread completes a future of a loop that runs in another thread with set_result: asyncio's
loops and futures are not thread-safe, so the wake-up can be lost or the loop's state corrupted."""
import asyncio
import threading


def produce(loop, future, waiting):
    waiting.wait()
    future.set_result("from thread")  # asynctrace: expect cross-thread-call
    loop.call_soon_threadsafe(lambda: None)  # only this wakes the loop up: set_result did not


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    waiting = threading.Event()
    threading.Thread(target=produce, args=(loop, future, waiting)).start()
    loop.call_soon(waiting.set)  # runs once main is suspended on the future
    print("got:", await future)


asyncio.run(main())
