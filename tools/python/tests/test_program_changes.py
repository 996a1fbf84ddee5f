"""Programs that change asyncio or watch the loop thread: each runs as it does untraced, and the trace
still holds its lifecycle (or says what the recorder could not see)."""
import sys

import pytest

from conftest import run_python, same_run

PY312 = sys.version_info >= (3, 12)


def ends(trace):
    """{coroutine name: sorted outcomes} of every recorded task (None: no end recorded)."""
    found = {}
    for coro, outcome in trace.rows("SELECT t.coro_qualname, e.outcome FROM tasks t"
                                    " LEFT JOIN task_outcomes e ON e.task_id = t.id"):
        found.setdefault(coro, []).append(outcome)
    return {coro: sorted(outcomes, key=str) for coro, outcomes in found.items()}


# asyncio.run's own tasks at shutdown, made through the loop's task factory too.
ASYNCIO_RUN_SHUTDOWN = {"BaseEventLoop.shutdown_asyncgens": [0], "BaseEventLoop.shutdown_default_executor": [0]}

LIFECYCLE = """
async def work(n):
    await asyncio.sleep(0.001)
    return n

async def fails():
    await asyncio.sleep(0)
    raise ValueError("no")

async def slow():
    await asyncio.sleep(10)

async def main():
    loop = asyncio.get_running_loop()
    task = loop.create_task(work(1))
    print("task:", isinstance(task, asyncio.Task), type(task).__name__)
    print("future:", isinstance(loop.create_future(), asyncio.Future))
    task.set_name("renamed")
    print("name:", task.get_name(), await task)
    sleeper = asyncio.ensure_future(slow())
    await asyncio.sleep(0)
    sleeper.cancel()
    try:
        await sleeper
    except asyncio.CancelledError:
        print("cancelled")
    failing = asyncio.ensure_future(fails())
    try:
        await failing
    except ValueError as e:
        print("raised", e)
    print(sum(await asyncio.gather(*(work(n) for n in range(5)))))
"""


def test_pure_python_task_swapped_in(record):
    run = same_run(record, """
import asyncio, asyncio.tasks, asyncio.futures
asyncio.Task = asyncio.tasks.Task = asyncio.tasks._PyTask
asyncio.Future = asyncio.futures.Future = asyncio.futures._PyFuture
""" + LIFECYCLE + """
asyncio.run(main())
""")
    assert "task: True Task" in run.stdout and "name: renamed 1" in run.stdout and "cancelled" in run.stdout
    assert ends(run.trace) == {"main": [0], "work": [0] * 6, "slow": [2], "fails": [1], **ASYNCIO_RUN_SHUTDOWN}
    assert run.trace.value("SELECT count(*) FROM events WHERE kind = 12") == 1  # the program's cancel
    assert run.trace.rows("SELECT * FROM gaps") == []


def test_nest_asyncio_applied_to_a_loop(record):
    pytest.importorskip("nest_asyncio")
    run = same_run(record, """
import asyncio, nest_asyncio
""" + LIFECYCLE + """
    print("nested", loop.run_until_complete(work(7)))

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
nest_asyncio.apply(loop)
loop.run_until_complete(main())
loop.close()
""")
    assert "task: True Task" in run.stdout and "name: renamed 1" in run.stdout and "nested 7" in run.stdout
    assert ends(run.trace) == {"main": [0], "work": [0] * 7, "slow": [2], "fails": [1]}
    assert run.trace.rows("SELECT * FROM gaps") == []


def test_program_task_factory_returning_a_task_subclass(record):
    run = same_run(record, """
        import asyncio

        class CountingTask(asyncio.Task):
            made = 0
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                CountingTask.made += 1
            def cancel(self, msg=None):
                print("cancel of", self.get_coro().__name__)
                return super().cancel(msg)

        def factory(loop, coro, **kwargs):
            return CountingTask(coro, loop=loop, **kwargs)

        async def work():
            await asyncio.sleep(0)

        async def slow():
            await asyncio.sleep(10)

        async def main():
            asyncio.get_running_loop().set_task_factory(factory)
            print(type(asyncio.create_task(work())).__name__)
            await asyncio.gather(work(), work())
            task = asyncio.create_task(slow())
            await asyncio.sleep(0)
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            print("made", CountingTask.made)

        asyncio.run(main())
    """)
    assert "CountingTask\ncancel of slow\nmade 4" in run.stdout
    assert ends(run.trace) == {"main": [0], "work": [0, 0, 0], "slow": [2], **ASYNCIO_RUN_SHUTDOWN}


@pytest.mark.skipif(not PY312, reason="eager_task_factory is new in 3.12")
def test_eager_task_factory(record):
    run = same_run(record, """
        import asyncio

        async def at_once(n):
            return n

        async def later(n):
            await asyncio.sleep(0)
            return n

        async def main():
            asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
            task = asyncio.create_task(at_once(1))
            print("done at creation:", task.done())
            print(sum(await asyncio.gather(*(later(n) for n in range(4)), at_once(2))))

        asyncio.run(main())
    """)
    assert "done at creation: True\n8" in run.stdout
    assert ends(run.trace) == {"main": [0], "at_once": [0, 0], "later": [0] * 4, **ASYNCIO_RUN_SHUTDOWN}


BLOCKBUSTER_SUITE = """
import asyncio
import pytest
from blockbuster import blockbuster_ctx

@pytest.fixture(autouse=True)
def blockbuster():
    with blockbuster_ctx() as bb:
        yield bb

async def job(n):
    await asyncio.sleep(0)
    return n

@pytest.mark.parametrize("n", range(8))
def test_gathers(n):
    async def main():
        for _ in range(25):  # longer than the recorder's flush interval: it flushes on the loop thread
            assert sum(await asyncio.gather(*(job(i) for i in range(100)))) == 4950
            await asyncio.sleep(0.01)
    asyncio.run(main())

def test_blockbuster_still_catches_the_program():
    import time
    async def main():
        time.sleep(0.001)
    with pytest.raises(Exception, match="Blocking call"):
        asyncio.run(main())
"""


def test_blockbuster_active_sees_no_recorder_write_and_every_test_is_recorded(tmp_path):
    pytest.importorskip("blockbuster")
    (tmp_path / "test_suite.py").write_text(BLOCKBUSTER_SUITE)
    args = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "test_suite.py"]
    untraced = run_python(args, cwd=tmp_path)
    traced = run_python(args, cwd=tmp_path, trace_path=tmp_path / "trace.db")
    assert untraced.returncode == traced.returncode == 0, traced.stdout
    assert "9 passed" in untraced.stdout and "9 passed" in traced.stdout
    assert "asynctrace:" not in traced.stdout + traced.stderr
    assert "Blocking" not in traced.stdout + traced.stderr
    trace = traced.trace
    assert trace.value("SELECT count(DISTINCT nodeid) FROM tests WHERE outcome = 'passed'") == 9
    assert trace.value("SELECT count(*) FROM tasks WHERE coro_qualname = 'job'") == 8 * 25 * 100
    assert trace.value("SELECT count(*) FROM task_outcomes") == trace.value("SELECT count(*) FROM tasks")
    assert trace.rows("SELECT * FROM gaps") == []
    assert trace.value("SELECT count(*) FROM processes WHERE end_mono_ns IS NULL") == 0
