"""A worker waits for a job on a queue that nothing fills: the producer was never started. A heartbeat keeps
the loop busy, so nothing looks stuck; only the program's own time limit (an alarm, 1.5 s later) ends it.

    ASYNCTRACE_HANG_MS=300 asynctrace record -o trace.db -- python stalled_await.py
"""
import asyncio
import signal


class GaveUp(Exception):
    pass


def give_up(signum, frame):
    raise GaveUp


async def heartbeat():
    while True:
        await asyncio.sleep(0.1)


async def next_job(jobs):
    return await jobs.get()  # asynctrace: expect stalled-await


async def main():
    jobs = asyncio.Queue()
    beat = asyncio.create_task(heartbeat())
    job = await next_job(jobs)
    beat.cancel()
    print("got", job)


signal.signal(signal.SIGALRM, give_up)
signal.setitimer(signal.ITIMER_REAL, 1.5)
loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main())
except GaveUp:
    print("gave up after 1.5 s")
    pending = asyncio.all_tasks(loop)
    for task in pending:
        task.cancel()
    loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
finally:
    loop.close()
