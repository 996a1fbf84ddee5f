"""From another thread, hand the work to the loop's own thread with call_soon_threadsafe."""
import asyncio
import threading


def produce(loop, future, waiting):
    waiting.wait()
    loop.call_soon_threadsafe(future.set_result, "from thread")


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    waiting = threading.Event()
    threading.Thread(target=produce, args=(loop, future, waiting)).start()
    loop.call_soon(waiting.set)
    print("got:", await future)


asyncio.run(main())
