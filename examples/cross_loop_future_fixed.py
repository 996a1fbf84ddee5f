"""Work that belongs to another loop (here in another thread) is reached through the bridges:
run_coroutine_threadsafe submits it, wrap_future awaits its result on our own loop."""
import asyncio
import threading


async def compute():
    await asyncio.sleep(0)
    return 42


worker = asyncio.new_event_loop()
thread = threading.Thread(target=worker.run_forever)
thread.start()


async def main():
    result = asyncio.run_coroutine_threadsafe(compute(), worker)
    print("result:", await asyncio.wrap_future(result))


asyncio.run(main())
worker.call_soon_threadsafe(worker.stop)
thread.join()
worker.close()
