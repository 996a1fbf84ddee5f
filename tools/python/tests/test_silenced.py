"""Where asyncio deliberately says nothing about a lost exception, and the facts a finding's story needs:
each mistake recorded from a real program, each correct twin recording nothing, the output unchanged."""
from textwrap import dedent

import pytest

from conftest import same_run

# Tasks of asyncio's pure-Python class, as nest_asyncio installs it: their callbacks live in a plain list.
PURE_PYTHON_TASKS = "import asyncio.tasks; asyncio.tasks.Task = asyncio.tasks._PyTask\n"
TASK_CLASSES = pytest.mark.parametrize("prelude", ["", PURE_PYTHON_TASKS], ids=["C tasks", "pure-Python tasks"])


@TASK_CLASSES
def test_cancel_on_a_failed_task_clears_cpythons_report(record, prelude):
    run = same_run(record, prelude + dedent("""
        import asyncio, gc

        async def fail():
            raise ValueError("bad input 42")

        async def main():
            task = asyncio.ensure_future(fail())
            await asyncio.sleep(0.01)
            task.cancel()  # returns False, and CPython forgets the exception
            del task
            gc.collect()

        asyncio.run(main())
    """))
    assert "never retrieved" not in run.stderr  # CPython's own silence
    (event,) = run.trace.events("exception_never_retrieved")
    offset = prelude.count("\n")
    assert (event["arg"], event["detail"], event["line"], event["function"]) == (1, "ValueError: bad input 42",
                                                                                 5 + offset, "fail")
    (cancel,) = run.trace.events("task_cancel_requested")
    assert (cancel["task_id"], cancel["line"], cancel["arg"]) == (event["task_id"], 10 + offset, 0)


def test_a_failed_task_left_alive_at_exit_after_cancel(record):
    run = same_run(record, """
        import asyncio

        KEEP = []

        async def fail():
            raise KeyError("k")

        async def main():
            KEEP.append(asyncio.ensure_future(fail()))
            await asyncio.sleep(0.01)
            KEEP[0].cancel()

        asyncio.run(main())
    """)
    (event,) = run.trace.events("exception_never_retrieved")
    assert (event["arg"], event["detail"]) == (1, "KeyError: 'k'")


@pytest.mark.parametrize("retrieve", ["await task", "task.result()", "task.exception()",
                                      "await asyncio.gather(task, return_exceptions=True)"])
def test_cancel_then_retrieve_is_no_finding(record, retrieve):
    run = same_run(record, f"""
        import asyncio, gc

        async def fail():
            raise ValueError("x")

        async def main():
            task = asyncio.ensure_future(fail())
            await asyncio.sleep(0.01)
            task.cancel()
            try:
                {retrieve}
            except ValueError:
                pass
            del task
            gc.collect()

        asyncio.run(main())
    """)
    assert run.trace.events("exception_never_retrieved") == []


@TASK_CLASSES
def test_gather_discards_the_second_failure(record, prelude):
    run = same_run(record, prelude + dedent("""
        import asyncio

        async def fail_now():
            raise ValueError("first")

        async def fail_later():
            await asyncio.sleep(0.01)
            raise KeyError("second")

        async def main():
            try:
                await asyncio.gather(fail_now(), fail_later())
            except ValueError:
                pass
            await asyncio.sleep(0.05)

        asyncio.run(main())
    """))
    assert "never retrieved" not in run.stderr
    (event,) = run.trace.events("exception_never_retrieved")
    assert (event["arg"], event["detail"], event["line"] - prelude.count("\n"), event["coro"]) == (
        2, "KeyError: 'second'", 9, "fail_later")


@pytest.mark.parametrize("call", ["asyncio.gather(fail_now(), fail_later(), return_exceptions=True)",
                                  "asyncio.gather(fail_now(), asyncio.sleep(0.05))"])
def test_gather_that_loses_nothing_is_no_finding(record, call):
    run = same_run(record, f"""
        import asyncio

        async def fail_now():
            raise ValueError("first")

        async def fail_later():
            await asyncio.sleep(0.01)
            raise KeyError("second")

        async def main():
            try:
                await {call}
            except ValueError:
                pass
            await asyncio.sleep(0.05)

        asyncio.run(main())
    """)
    assert run.trace.events("exception_never_retrieved") == []


def test_a_shielded_failure_after_its_caller_gave_up_is_cpythons_to_report(record):
    run = same_run(record, """
        import asyncio

        async def write():
            await asyncio.sleep(0.02)
            raise OSError("disk full")

        async def main():
            try:
                await asyncio.wait_for(asyncio.shield(write()), 0.01)
            except asyncio.TimeoutError:
                pass
            await asyncio.sleep(0.05)

        asyncio.run(main())
    """)
    assert "never retrieved" in run.stderr  # shield() leaves a task it no longer waits for alone
    (event,) = run.trace.events("exception_never_retrieved")
    assert (event["arg"], event["detail"], event["line"]) == (None, "OSError: disk full", 6)


def test_shield_whose_task_the_program_keeps_is_no_finding(record):
    run = same_run(record, """
        import asyncio

        async def write():
            await asyncio.sleep(0.02)
            raise OSError("disk full")

        async def main():
            task = asyncio.ensure_future(write())
            try:
                await asyncio.wait_for(asyncio.shield(task), 0.01)
            except asyncio.TimeoutError:
                pass
            try:
                await task
            except OSError:
                pass

        asyncio.run(main())
    """)
    assert run.trace.events("exception_never_retrieved") == []


def test_a_leaked_coroutine_names_its_async_def(record):
    run = record("""
        import asyncio

        async def save(x):
            await asyncio.sleep(0)

        async def main():
            save(1)

        asyncio.run(main())
    """)
    (event,) = run.trace.events("coroutine_never_awaited")
    definition = run.trace.rows("SELECT line, function FROM sites WHERE id = ?", event["ref_id"])
    assert (event["line"], definition) == (8, [(4, "save")])


def test_a_destroyed_task_names_what_was_running(record):
    run = record("""
        import asyncio, gc

        async def wait_forever():
            await asyncio.get_running_loop().create_future()

        def sweep():
            gc.collect()

        async def main():
            asyncio.ensure_future(wait_forever())
            await asyncio.sleep(0)
            sweep()

        asyncio.run(main())
    """)
    (event,) = run.trace.events("task_destroyed_pending")
    running = run.trace.rows("SELECT line, function FROM sites WHERE id = ?", event["ref_id"])
    assert running == [(8, "sweep")]


def test_a_cancels_stack_starts_at_its_direct_caller(record):
    run = record("""
        import asyncio

        async def sleeper():
            await asyncio.sleep(10)

        async def main():
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.ensure_future(sleeper())
            except TimeoutError:
                pass

        asyncio.run(main())
    """) if hasattr(__import__("asyncio"), "timeout") else pytest.skip("asyncio.timeout is 3.11+")
    cancels = run.trace.rows("""SELECT s.file, s.stack, e.arg FROM events e JOIN sites s ON s.id = e.site_id
                                WHERE e.kind = 12 ORDER BY e.id""")
    # asyncio.timeout cancels main's task from its own callback: asyncio's frame is the stack's first.
    file, stack, by_library = cancels[0]
    assert by_library == 1 and "asyncio" in stack.splitlines()[0], stack
