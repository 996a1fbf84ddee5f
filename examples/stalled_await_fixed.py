"""The fix: the producer that fills the queue is started before the worker waits on it."""
import asyncio
import signal


class GaveUp(Exception):
    pass


def give_up(signum, frame):
    raise GaveUp


async def heartbeat():
    while True:
        await asyncio.sleep(0.1)


async def produce(jobs):
    await asyncio.sleep(0.2)
    await jobs.put("resize image 7")


async def next_job(jobs):
    return await jobs.get()


async def main():
    jobs = asyncio.Queue()
    beat = asyncio.create_task(heartbeat())
    producer = asyncio.create_task(produce(jobs))
    job = await next_job(jobs)
    await producer
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
    signal.setitimer(signal.ITIMER_REAL, 0)
    loop.close()
