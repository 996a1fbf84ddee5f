"""Lifecycle facts beyond the examples, each from a real program: who cancelled what, swallowed
cancels, the bridges and shutdown patterns that must record no misuse, and what is left at exit."""
import os
import sys

import pytest

needs_311 = pytest.mark.skipif(sys.version_info < (3, 11), reason="asyncio.TaskGroup/timeout need 3.11")


def test_cancel_swallowed_by_the_coroutine(record):
    run = record("""
        import asyncio

        async def stubborn():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                return "ignored"

        async def main():
            task = asyncio.create_task(stubborn())
            await asyncio.sleep(0)
            task.cancel()
            print(await task)

        asyncio.run(main())
    """)
    assert run.stdout == "ignored\n"
    assert run.trace.kinds() == {"task_cancel_swallowed": 1}
    (cancel,) = run.trace.events("task_cancel_requested")
    assert cancel["line"] == 13 and cancel["coro"] == "stubborn"
    main_task = run.trace.value("SELECT id FROM tasks WHERE coro_qualname = 'main'")
    assert cancel["ref_id"] == main_task  # the canceller


def test_cross_thread_call_soon_and_create_task(record):
    run = record("""
        import asyncio, threading

        async def nothing():
            pass

        def from_thread(loop, done):
            loop.call_soon(print, "callback")
            loop.create_task(nothing())
            loop.call_soon_threadsafe(done.set)

        async def main():
            loop = asyncio.get_running_loop()
            done = asyncio.Event()
            threading.Thread(target=from_thread, args=(loop, done)).start()
            await done.wait()

        asyncio.run(main())
    """)
    events = run.trace.events("cross_thread_call")
    assert [(e["detail"], e["line"]) for e in events] == [("call_soon", 8), ("create_task", 9)]
    loop_thread = run.trace.value("SELECT thread_id FROM loops")
    assert all(e["thread_id"] != loop_thread for e in events)


def test_threadsafe_bridges_record_no_misuse(record):
    run = record("""
        import asyncio, concurrent.futures, threading

        async def compute(x):
            await asyncio.sleep(0)
            return x * 2

        def worker(loop):
            future = asyncio.run_coroutine_threadsafe(compute(21), loop)
            loop.call_soon_threadsafe(print, "nudge")
            return future.result()

        async def main():
            loop = asyncio.get_running_loop()
            print(await loop.run_in_executor(None, worker, loop))
            with concurrent.futures.ThreadPoolExecutor(1) as pool:
                print(await asyncio.wrap_future(pool.submit(sum, [1, 2])))
            print(await asyncio.to_thread(len, "abc") if hasattr(asyncio, "to_thread") else 3)

        asyncio.run(main())
    """)
    assert run.stdout == "nudge\n42\n3\n3\n", run.stderr
    assert run.trace.kinds() == {}


@needs_311
def test_taskgroup_and_timeout_record_no_misuse(record):
    run = record("""
        import asyncio

        async def fail():
            await asyncio.sleep(0)
            raise ValueError("boom")

        async def sleeper():
            await asyncio.sleep(10)

        async def main():
            try:
                async with asyncio.TaskGroup() as group:
                    group.create_task(sleeper())
                    group.create_task(fail())
            except* ValueError:
                print("group failed")
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(10)
            except TimeoutError:
                print("timed out")

        asyncio.run(main())
    """)
    assert run.stdout == "group failed\ntimed out\n", run.stderr
    # 3.11/3.12's TaskGroup does not withdraw its cancel of main when a child fails: the trace has that
    # fact, and that asyncio made the cancel (its own frame first in the call's stack), for the analyzer.
    assert set(run.trace.kinds()) <= {"task_cancel_swallowed"}
    for swallowed in run.trace.events("task_cancel_swallowed"):
        callers = run.trace.rows("""SELECT e.arg, s.stack FROM events e JOIN sites s ON s.id = e.site_id
                                    WHERE e.kind = 12 AND e.task_id = ?""", swallowed["task_id"])
        assert callers and all(arg == 1 and "asyncio" in stack.split(chr(10))[0] for arg, stack in callers)


def test_asyncio_run_cancels_and_drains_leftovers(record):
    run = record("""
        import asyncio

        async def forever():
            await asyncio.sleep(10)

        async def main():
            asyncio.create_task(forever())
            await asyncio.sleep(0)

        asyncio.run(main())
    """)
    assert run.trace.kinds() == {"task_alive_at_scope_end": 1}  # when main() returned: task-left-running's
    outcomes = run.trace.rows("SELECT t.coro_qualname, e.outcome FROM task_outcomes e JOIN tasks t ON t.id = e.task_id"
                              " WHERE t.coro_qualname = 'forever'")
    assert outcomes == [("forever", 2)]  # cancelled, and finished


def test_every_end_recorded_whoever_holds_callbacks(record):
    # Our done callback gives way to the program's first one: each way of holding, removing and
    # re-adding callbacks must still leave one end per task, and the program's callbacks run as before.
    run = record("""
        import asyncio

        async def work(n):
            await asyncio.sleep(0.01 * n)
            if n == 3:
                raise KeyError(n)
            return n

        async def main():
            gathered = await asyncio.gather(work(0), work(1))
            done, pending = await asyncio.wait([asyncio.create_task(work(2)),
                                                asyncio.create_task(work(50))], timeout=0.05)
            (slow,) = pending  # wait() removed its callback: the task holds none until it is cancelled
            slow.cancel()
            failed = asyncio.create_task(work(3))
            failed.add_done_callback(lambda t: print("callback saw", type(t.exception()).__name__))
            removed = asyncio.create_task(work(0))
            removed.add_done_callback(print)
            removed.remove_done_callback(print)
            shielded = await asyncio.shield(asyncio.create_task(work(1)))
            awaited = await asyncio.create_task(work(1))
            await asyncio.sleep(0.1)
            print(gathered, [t.result() for t in done], shielded, awaited, removed.result())

        asyncio.run(main())
    """)
    assert run.stdout == "callback saw KeyError\n[0, 1] [2] 1 1 0\n", run.stderr
    ends = run.trace.rows("SELECT t.coro_qualname, e.outcome, e.exception FROM tasks t"
                          " LEFT JOIN task_outcomes e ON e.task_id = t.id WHERE t.coro_qualname IN ('main', 'work')"
                          " ORDER BY t.id")
    assert ends == [("main", 0, None)] + [("work", 0, None)] * 3 + [("work", 2, None), ("work", 1, "KeyError")] \
        + [("work", 0, None)] * 3
    assert run.trace.value("SELECT count(*) FROM task_outcomes") == run.trace.value("SELECT count(*) FROM tasks")


def test_leftovers_found_at_exit(record):
    run = record("""
        import asyncio

        async def fail():
            raise KeyError("x")

        async def later():
            pass

        KEEP = []

        async def main():
            KEEP.append(asyncio.ensure_future(fail()))
            KEEP.append(later())
            await asyncio.sleep(0.01)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        KEEP.append(loop.create_task(later()))
    """)
    assert run.trace.kinds() == {"exception_never_retrieved": 1, "coroutine_never_awaited": 1,
                                 "task_pending_at_exit": 1}
    (coro,) = run.trace.events("coroutine_never_awaited")
    assert (coro["line"], coro["arg"], coro["detail"]) == (14, 1, "later")
    (pending,) = run.trace.events("task_pending_at_exit")
    assert pending["task_line"] == 19
    (failed,) = run.trace.events("exception_never_retrieved")
    assert (failed["task_line"], failed["detail"]) == (13, "KeyError: 'x'")


def test_every_leaked_coroutine_counts(record):
    run = record("""
        import asyncio

        async def job():
            pass

        async def main():
            for _ in range(3):
                job()

        asyncio.run(main())
    """)
    events = run.trace.events("coroutine_never_awaited")
    assert [e["line"] for e in events] == [9, 9, 9]
    assert run.stderr.count("was never awaited") == 1  # the warnings filter still shows it once


@pytest.mark.skipif(sys.version_info < (3, 10), reason="primitives bind to a loop lazily since 3.10")
def test_primitive_used_on_two_loops(record):
    run = record("""
        import asyncio

        lock = asyncio.Lock()

        async def hold():
            async with lock:
                await asyncio.sleep(0.01)

        async def contend():
            await asyncio.gather(hold(), hold())

        asyncio.run(contend())
        try:
            asyncio.run(contend())
        except RuntimeError as error:
            print("caught:", "bound to a different event loop" in str(error))
    """)
    assert run.stdout == "caught: True\n"
    (event,) = run.trace.events("cross_loop_await")
    assert event["line"] == 7 and event["ref_id"] is not None and event["ref_id"] != event["loop_id"]


def test_ids_are_unique_across_tables(record):
    run = record("""
        import asyncio

        async def child():
            await asyncio.sleep(0)

        async def main():
            await asyncio.gather(*(child() for _ in range(50)))

        asyncio.run(main())
        asyncio.run(main())
    """)
    ids = run.trace.rows("SELECT id FROM tasks UNION ALL SELECT id FROM loops UNION ALL SELECT id FROM sites"
                         " UNION ALL SELECT id FROM threads")
    assert len(ids) == len(set(ids)) > 100
    parents = run.trace.rows("SELECT count(*) FROM tasks c JOIN tasks p ON p.id = c.parent_task_id"
                             " WHERE c.coro_qualname = 'child' AND p.coro_qualname = 'main'")
    assert parents == [(100,)]


def test_program_sees_no_difference(record):
    program = """
        import asyncio, sys

        async def main():
            task = asyncio.create_task(asyncio.sleep(0), name="t")
            print(type(task).__name__, isinstance(task, asyncio.Task), repr(task).split(" ")[0])
            print(sys.get_coroutine_origin_tracking_depth())
            sys.set_coroutine_origin_tracking_depth(5)
            print(sys.get_coroutine_origin_tracking_depth())
            sys.set_coroutine_origin_tracking_depth(0)
            await task
            print(task._callbacks, asyncio.get_running_loop().create_future()._callbacks)

        asyncio.run(main())
    """
    traced, untraced = record(program), record(program, traced=False)
    assert traced.stdout == untraced.stdout == "Task True <Task\n0\n5\nNone None\n"
    assert traced.stderr == untraced.stderr == ""


def test_unwritable_trace_warns_once_and_runs_on(record, tmp_path):
    import os
    from conftest import recording_environment

    env = recording_environment(str(tmp_path / "missing-dir" / "trace.db"), os.environ)
    run = record("import asyncio\nasync def f(): print('ran')\nasyncio.run(f())\n", traced=False, env=env)
    assert run.returncode == 0 and run.stdout == "ran\n"
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("asynctrace: not recording:")


def test_trace_of_a_newer_schema_is_left_alone(record, tmp_path):
    import os
    import sqlite3
    from conftest import recording_environment

    from asynctrace._trace_file import APPLICATION_ID

    path = tmp_path / "newer.db"
    conn = sqlite3.connect(path)
    conn.executescript(f"PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 99")  # a trace of ours
    conn.close()
    env = recording_environment(str(path), os.environ)
    run = record("print('ran')\n", traced=False, env=env)
    assert run.stdout == "ran\n" and "schema version 99" in run.stderr
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 99


def test_a_task_library_code_made_is_blamed_on_the_programs_async_def(record, tmp_path):
    """A framework (here a stand-in under a site-packages folder) that creates both the coroutine and its
    task leaves no program line on the stack: the task's site is then the program's `async def`."""
    library = tmp_path / "lib" / "site-packages"
    library.mkdir(parents=True)
    (library / "scheduler.py").write_text(
        "import asyncio\n"
        "def run_later(job):\n"
        "    loop = asyncio.get_running_loop()\n"
        "    loop.call_soon(lambda: loop.create_task(job()))\n")
    run = record("""
        import asyncio, scheduler

        async def poll():
            await asyncio.sleep(3600)

        async def main():
            scheduler.run_later(poll)
            await asyncio.sleep(0.01)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
    """, env={**os.environ, "PYTHONPATH": str(library)})
    assert run.returncode == 0, run.stderr
    (event,) = run.trace.events("task_pending_at_close")
    assert (event["coro"], event["task_line"]) == ("poll", 4)
    assert run.trace.value("SELECT s.stack FROM tasks t JOIN sites s ON s.id = t.site_id"
                           " WHERE t.coro_qualname = 'poll'").splitlines()[1].endswith("scheduler.py:4:<lambda>")
