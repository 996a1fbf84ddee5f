"""What outlives or holds up a loop, recorded from real programs: calls on a closed loop (also from a __del__),
transports left open, async generators finalized late (by the collector or by shutdown_asyncgens), and a
loop blocked by a callback; each program's output unchanged by the recording."""
import os

from conftest import same_run


def test_a_finalizer_calling_a_closed_loop(record):
    run = same_run(record, """
        import asyncio, gc

        class Connection:
            def __init__(self):
                self.loop = asyncio.get_running_loop()

            def __del__(self):
                self.loop.call_soon(print, "bye")

        async def main():
            return Connection()

        held = [asyncio.run(main())]
        held.clear()
        gc.collect()
    """)
    assert "Event loop is closed" in run.stderr  # printed as "Exception ignored in", as untraced
    (event,) = run.trace.events("closed_loop_call")
    assert (event["arg"], event["detail"], event["line"], event["function"]) == (
        1, "Connection.__del__ -> call_soon", 9, "__del__")


def test_a_stream_closed_after_its_loop_names_where_it_was_opened(record):
    run = same_run(record, """
        import asyncio

        async def echo(reader, writer):
            await reader.read()

        async def connect():
            server = await asyncio.start_server(echo, "127.0.0.1", 0)
            port = server.sockets[0].getsockname()[1]
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            server.close()
            return writer

        writer = asyncio.run(connect())
        try:
            writer.close()
        except RuntimeError as error:
            print("cannot close:", error)
    """)
    assert run.stdout == "cannot close: Event loop is closed\n"
    (event,) = run.trace.events("closed_loop_call")
    made = run.trace.rows("SELECT line FROM sites WHERE id = ?", event["ref_id"])
    assert (event["arg"], event["line"], made) == (0, 16, [(10,)])
    left = run.trace.events("transport_left_open")
    # The client's transport; the server's end of it (blamed where the server was made) if still open.
    lines = [e["line"] for e in left]
    assert 10 in lines and set(lines) <= {8, 10}


def test_an_async_generator_closed_by_shutdown_asyncgens(record):
    run = same_run(record, """
        import asyncio

        KEEP = []

        async def ticks():
            try:
                while True:
                    yield 1
            finally:
                print("closed")

        async def main():
            numbers = ticks()
            KEEP.append(numbers)
            async for _ in numbers:
                break

        asyncio.run(main())
    """)
    assert run.stdout == "closed\n"
    (event,) = run.trace.events("asyncgen_finalized")
    assert (event["arg"], event["line"], event["detail"]) == (1, 16, "ticks")


def test_an_exhausted_or_closed_async_generator_is_no_finding(record):
    run = same_run(record, """
        import asyncio

        async def ticks(n):
            for i in range(n):
                yield i

        async def main():
            assert [i async for i in ticks(3)] == [0, 1, 2]
            numbers = ticks(10)
            async for _ in numbers:
                break
            await numbers.aclose()

        asyncio.run(main())
    """)
    assert run.trace.events("asyncgen_finalized") == []


BLOCKING = """
    import asyncio, threading, time

    def slow():
        time.sleep(0.3)

    async def main():
        asyncio.get_running_loop().call_soon(slow)
        await asyncio.sleep(0.4)
        print(threading.active_count(), len(threading.enumerate()))

    asyncio.run(main())
"""


def test_a_blocking_callback_names_where_it_was_stuck(record):
    run = same_run(record, BLOCKING)
    assert run.stdout == "1 1\n"  # the watchdog is no thread of the program's
    (event,) = run.trace.events("loop_blocked")
    assert event["arg"] >= 250 and (event["line"], event["function"], event["detail"]) == (5, "slow", "callback slow")
    assert event["task_id"] is None


def test_the_watchdog_has_ended_before_the_interpreter_finalizes(record):
    """A thread that wakes while CPython 3.9-3.12 finalizes may crash the process (cpython#110052, seen as a
    SIGSEGV at exit on 3.10): the watchdog ends in the exit handler, before finalization."""
    run = same_run(record, """
        import asyncio, os

        async def main():
            await asyncio.sleep(0.1)  # the watchdog is running

        asyncio.run(main())

        class AtFinalization:
            def __del__(self, listdir=os.listdir, write=os.write):
                write(1, f"{len(listdir('/proc/self/task'))} thread\\n".encode())

        finalized = AtFinalization()
    """)
    assert run.stdout == "1 thread\n"


def test_the_threshold_is_set_at_record_time(record):
    env = dict(os.environ, ASYNCTRACE_SLOW_MS="1000")
    env.pop("ASYNCTRACE_DB", None)
    run = record(BLOCKING, env=env)
    assert run.returncode == 0 and run.trace.events("loop_blocked") == []


def test_a_bare_transport_object_is_no_transport_to_follow(record):
    run = same_run(record, """
        import asyncio

        transport = asyncio.Transport()  # __slots__ without a weak reference, as test_asyncio makes them
        print(transport.get_extra_info("peername", "none"))

        async def main():
            await asyncio.sleep(0)

        asyncio.run(main())
    """)
    assert run.stdout == "none\n"
    assert run.trace.rows("SELECT * FROM gaps") == []


def test_an_iteration_of_many_short_callbacks_is_no_blocking_callback(record):
    run = same_run(record, """
        import asyncio, time

        def tick():
            time.sleep(0.0002)

        async def main():
            loop = asyncio.get_running_loop()
            for _ in range(2000):  # one iteration of 2,000 callbacks, 0.4 s in all
                loop.call_soon(tick)
            await asyncio.sleep(0)

        asyncio.run(main())
    """)
    assert run.trace.events("loop_blocked") == []
