"""What changed in asyncio from one CPython to the next, recorded the same on every version that has it."""
import os
import sys

import pytest

from conftest import SRC, Trace, same_run

PY312, PY314, PY315 = (sys.version_info >= v for v in ((3, 12), (3, 14), (3, 15)))


@pytest.mark.skipif(not PY314, reason="create_task(**kwargs) is new in 3.14")
def test_create_task_keywords_reach_the_task_and_the_factory(record):
    run = same_run(record, """
        import asyncio

        async def at_once():
            return 1

        async def later():
            await asyncio.sleep(0)

        seen = []
        def factory(loop, coro, **kwargs):
            seen.append(sorted(kwargs))
            return asyncio.Task(coro, loop=loop, **kwargs)

        async def main():
            task = asyncio.create_task(at_once(), eager_start=True)
            print("eager done at creation:", task.done())
            asyncio.get_running_loop().set_task_factory(factory)
            await asyncio.create_task(later(), name="named", eager_start=False)
            print(seen[0])

        asyncio.run(main())
    """)
    assert run.stdout == "eager done at creation: True\n['eager_start', 'name']\n"
    rows = dict(run.trace.rows("SELECT t.coro_qualname, e.outcome FROM tasks t JOIN task_outcomes e ON e.task_id = t.id"
                               " WHERE t.coro_qualname IN ('at_once', 'later')"))
    assert rows == {"at_once": 0, "later": 0}


def test_a_loop_in_another_thread_is_recorded_at_close(record):
    """3.14 keeps tasks in per-thread lists: a loop run by another thread still shows its pending task."""
    run = same_run(record, """
        import asyncio, threading

        async def forever():
            await asyncio.sleep(3600)

        def in_thread():
            loop = asyncio.new_event_loop()
            loop.create_task(forever())
            loop.run_until_complete(asyncio.sleep(0.01))
            loop.close()

        thread = threading.Thread(target=in_thread)
        thread.start()
        thread.join()
        print("joined")
    """)
    (event,) = run.trace.events("task_pending_at_close")
    assert event["coro"] == "forever"


def test_no_deprecation_warning_of_ours_under_w_error(record):
    """3.14 deprecates the policy system: whatever asyncio itself warns, the recorder adds nothing."""
    same_run(record, """
        import asyncio

        async def main():
            await asyncio.gather(*(asyncio.sleep(0) for _ in range(3)))
            asyncio.current_task().cancel
            print("ok")

        asyncio.run(main())
    """, options=("-W", "error::DeprecationWarning"))


@pytest.mark.skipif(not PY315, reason="TaskGroup.cancel() is new in 3.15")
def test_taskgroup_cancel_is_asyncios_cancel_not_the_programs(record):
    run = same_run(record, """
        import asyncio

        async def forever():
            await asyncio.sleep(3600)

        async def main():
            async with asyncio.TaskGroup() as group:
                for _ in range(3):
                    group.create_task(forever())
                await asyncio.sleep(0)
                group.cancel()
            print("cancelled")

        asyncio.run(main())
    """)
    cancels = run.trace.events("task_cancel_requested")
    assert len(cancels) >= 3 and all(event["arg"] == 1 for event in cancels)  # asyncio asked
    assert "task_cancel_swallowed" not in run.trace.kinds()


def test_a_free_threaded_interpreter_says_it_is_not_recorded(record, tmp_path):
    """Debian has no free-threaded build to run: its one difference that matters here is simulated."""
    run = record("""
        import sys
        sys._is_gil_enabled = lambda: False
        import asynctrace
        print(asynctrace.start("trace.db"))
    """, traced=False, env={**os.environ, "PYTHONPATH": str(SRC)})
    assert run.stdout == "None\n"
    assert run.stderr == ("asynctrace: not recording: free-threaded CPython with the GIL disabled is not supported"
                          " (run it with PYTHON_GIL=1 to record)\n")
    (kind, message), = Trace(tmp_path / "trace.db").rows("SELECT kind, message FROM gaps")
    assert kind == "recording_stopped" and message.startswith("not recording: free-threaded")
