"""The pytest plugin: `pytest --asynctrace=PATH` records the run and tags each event with its test."""
import os

import pytest

from conftest import SRC, Trace, run_python

SUITE = '''
import asyncio
import pytest

async def job():
    await asyncio.sleep(0)

def test_leaks():
    async def main():
        job()
    asyncio.run(main())

def test_clean():
    async def main():
        await asyncio.gather(job(), job())
    asyncio.run(main())

@pytest.mark.parametrize("n", [1, 2])
def test_pending(n):
    loop = asyncio.new_event_loop()
    loop.create_task(job())
    loop.close()

def test_fails():
    assert False

@pytest.mark.skip(reason="no")
def test_skipped():
    pass
'''


def run_suite(tmp_path, *args, env=None):
    (tmp_path / "test_suite.py").write_text(SUITE)
    environ = dict(os.environ if env is None else env)
    environ.pop("ASYNCTRACE_DB", None)
    environ["PYTHONPATH"] = os.pathsep.join([str(SRC)] + [p for p in [environ.get("PYTHONPATH")] if p])
    return run_python(["-m", "pytest", "-q", "-p", "asynctrace.pytest_plugin", "-p", "no:cacheprovider",
                       *args, "test_suite.py"], cwd=tmp_path, env=environ)


def test_events_are_attributed_to_the_test_that_caused_them(tmp_path):
    run = run_suite(tmp_path, "--asynctrace=trace.db")
    assert run.returncode == 1, run.stdout + run.stderr  # test_fails fails
    trace = Trace(tmp_path / "trace.db")
    outcomes = dict(trace.rows("SELECT nodeid, outcome FROM tests"))
    assert outcomes == {
        "test_suite.py::test_leaks": "passed", "test_suite.py::test_clean": "passed",
        "test_suite.py::test_pending[1]": "passed", "test_suite.py::test_pending[2]": "passed",
        "test_suite.py::test_fails": "failed", "test_suite.py::test_skipped": "skipped",
    }
    assert trace.value("SELECT count(*) FROM tests WHERE end_ns IS NULL OR end_ns < start_ns") == 0
    (leak,) = trace.events("coroutine_never_awaited")
    assert leak["test"] == "test_suite.py::test_leaks" and leak["line"] == 10
    pending = trace.events("task_pending_at_close")
    assert [e["test"] for e in pending] == ["test_suite.py::test_pending[1]", "test_suite.py::test_pending[2]"]
    jobs_by_test = dict(trace.rows(
        "SELECT tests.nodeid, count(*) FROM tasks JOIN tests ON tests.id = tasks.test_id"
        " WHERE tasks.coro_qualname = 'job' GROUP BY tests.nodeid"))
    assert jobs_by_test == {"test_suite.py::test_clean": 2, "test_suite.py::test_pending[1]": 1,
                            "test_suite.py::test_pending[2]": 1}
    assert trace.value("SELECT count(*) FROM tasks WHERE test_id IS NULL") == 0


def test_without_the_option_nothing_is_recorded(tmp_path):
    run = run_suite(tmp_path)
    assert run.returncode == 1
    assert not list(tmp_path.glob("*.db"))


BREAKS_THE_RECORDER = """
import asyncio, asynctrace

def test_breaks_the_recorder():
    asynctrace.active_recorder().tasks = None  # the next hook fails inside
    async def main():
        await asyncio.sleep(0)
    asyncio.run(main())

def test_after():
    pass
"""


@pytest.mark.parametrize("workers", [[], ["-n", "2"]], ids=["one process", "xdist"])
def test_a_recorder_that_stopped_is_reported_in_the_terminal_summary(tmp_path, workers):
    if workers:
        pytest.importorskip("xdist")
    (tmp_path / "test_breaks.py").write_text(BREAKS_THE_RECORDER)
    environ = dict(os.environ)
    environ.pop("ASYNCTRACE_DB", None)
    environ["PYTHONPATH"] = os.pathsep.join([str(SRC)] + [p for p in [environ.get("PYTHONPATH")] if p])
    run = run_python(["-m", "pytest", "-p", "asynctrace.pytest_plugin", "-p", "no:cacheprovider",
                      "--asynctrace=trace.db", *workers, "test_breaks.py"], cwd=tmp_path, env=environ)
    assert run.returncode == 0, run.stdout
    (line,) = [line for line in run.stdout.splitlines() if line.startswith("asynctrace:")]
    assert line.startswith("asynctrace: warning: trace incomplete: process ")
    assert "recording stopped after an internal error in task_created" in line
