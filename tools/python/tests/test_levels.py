"""What a trace keeps of each task. One row per task, with its end in that row when the task ended before the
row was written (task_ends only for a task that outlived a flush); at the lean level (ASYNCTRACE_LEVEL=lean,
pytest --asynctrace-level=lean), a task that ended with a result, was never cancelled, made no task and that
nothing names is counted in task_counts instead, and every finding stays the same."""
import json
import os
import subprocess

import pytest

from conftest import ANALYZER, SRC, Trace, needs_analyzer, run_python

OUTLIVES_A_FLUSH = """
import asyncio

async def quick(i):
    await asyncio.sleep(0)
    return i

async def slow():
    await asyncio.sleep(0.5)  # longer than the writer's flush age (200 ms): its row is written while it runs

async def main():
    long = asyncio.create_task(slow())
    await asyncio.gather(*(quick(i) for i in range(20)))
    await asyncio.sleep(0.3)
    await asyncio.gather(quick(20))  # the first row after the flush age flushes the buffer: slow's row too
    await long

asyncio.run(main())
"""


def test_a_task_has_its_end_in_its_row_unless_it_outlived_a_flush(record):
    run = record(OUTLIVES_A_FLUSH)
    assert run.returncode == 0, run.stderr
    trace = run.trace
    quick = trace.rows("SELECT t.ended_ns > t.created_ns, t.outcome, e.task_id FROM tasks t"
                       " LEFT JOIN task_ends e ON e.task_id = t.id WHERE t.coro_qualname = 'quick'")
    assert quick == [(1, 0, None)] * 21
    (slow,) = trace.rows("SELECT t.ended_ns, t.outcome, e.outcome, e.ts > t.created_ns FROM tasks t"
                         " JOIN task_ends e ON e.task_id = t.id WHERE t.coro_qualname = 'slow'")
    assert slow == (None, None, 0, 1)
    assert trace.value("SELECT level FROM processes") == "full"
    # asyncio.run's main, and the two tasks that shut its async generators and executor down.
    assert trace.value("SELECT count(*) FROM task_outcomes") == trace.value("SELECT count(*) FROM tasks") == 25


MIXED = """
import asyncio, sys

async def plain(i):
    await asyncio.sleep(0)
    return i

async def parent():
    return await asyncio.create_task(plain(0))

async def fails():
    raise ValueError("lost")

async def forever():
    await asyncio.sleep(3600)

async def renamed():
    await asyncio.sleep(0)

async def save():
    pass

async def main():
    await asyncio.gather(*(plain(i) for i in range(50)))  # line 24: counted at the lean level
    await asyncio.create_task(parent())
    failed = asyncio.create_task(fails())
    await asyncio.sleep(0)
    cancelled = asyncio.create_task(forever())
    await asyncio.sleep(0)
    cancelled.cancel()
    named = asyncio.create_task(renamed())
    named.set_name("renamed")
    await named
    save()  # never awaited
    asyncio.get_running_loop().create_task(forever())  # left running
    print(sys.argv[1])

asyncio.run(main(), debug=False)
"""


def analyze(directory):
    """(exit code, the JSON findings but their times and pids, stderr) of directory/trace.db."""
    result = subprocess.run([str(ANALYZER), "analyze", "--format", "json", "trace.db"], capture_output=True,
                            text=True, cwd=directory)
    findings = [{key: value for key, value in finding.items() if key not in ("pid", "timestamp_ns")}
                for finding in json.loads(result.stdout)]
    return result.returncode, findings, result.stderr


@needs_analyzer
def test_the_lean_level_counts_uninteresting_tasks_and_keeps_every_finding(tmp_path):
    runs = {}
    for level in ("full", "lean"):
        (tmp_path / level).mkdir()
        (tmp_path / level / "program.py").write_text(MIXED)
        run = run_python(["program.py", level], cwd=tmp_path / level, trace_path=tmp_path / level / "trace.db",
                         env=dict(os.environ, ASYNCTRACE_LEVEL=level))
        assert run.returncode == 0 and run.stdout == f"{level}\n", run.stderr
        assert run.trace.value("SELECT level FROM processes") == level
        runs[level] = run
    full, lean = runs["full"].trace, runs["lean"].trace
    assert full.value("SELECT count(*) FROM task_counts") == 0
    stored = lambda trace: set(trace.rows("SELECT coro_qualname, name FROM tasks WHERE coro_qualname != 'plain'"
                                          " AND coro_qualname NOT LIKE '%.shutdown_%'"))
    assert stored(full) == stored(lean)  # main, parent, fails, forever twice, renamed: each kept
    # The 50 gathered, parent's child, and asyncio.run's two shutdown tasks: counted where they were made (the
    # program's lines), in their loop.
    counted = lean.rows("SELECT s.line, sum(c.tasks), c.loop_id = (SELECT id FROM loops) FROM task_counts c"
                        " JOIN sites s ON s.id = c.site_id GROUP BY s.line ORDER BY s.line")
    assert counted == [(9, 1, 1), (24, 50, 1), (38, 2, 1)]
    assert lean.value("SELECT count(*) FROM tasks WHERE coro_qualname = 'plain'") == 0
    assert full.value("SELECT count(*) FROM tasks WHERE coro_qualname = 'plain'") == 51
    full_findings, lean_findings = analyze(tmp_path / "full"), analyze(tmp_path / "lean")
    assert full_findings[0] == lean_findings[0] == 1  # findings
    assert {finding["rule"] for finding in full_findings[1]} >= {"leaked-coroutine", "exception-never-retrieved"}
    assert full_findings[1] == lean_findings[1]
    assert "53 tasks that ended with a result" in lean_findings[2] and "counted" not in full_findings[2]


# Loop threads make and end tasks while another thread flushes the writer as fast as it can: each flush takes
# the task buffer away between two steps of a hook, and no end may be lost or filled into another task's row.
THREADS_AND_FLUSHES = """
import asyncio, sys, threading, asynctrace

made = []

async def short(i):
    await asyncio.sleep(0)
    return i

async def batches():
    count = 0
    for _ in range(60):
        tasks = [asyncio.create_task(short(i)) for i in range(40)]
        await asyncio.gather(*tasks)
        count += len(tasks)
    made.append(count)

done = threading.Event()

def flusher():
    writer = asynctrace.active_recorder().writer
    while not done.is_set():
        writer.flush()

threads = [threading.Thread(target=asyncio.run, args=(batches(),)) for _ in range(3)]
flushing = threading.Thread(target=flusher)
flushing.start()
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
done.set()
flushing.join()
print(sum(made) + 3 * 3)  # each asyncio.run's main task, and the two that shut its generators and executor down
"""


@pytest.mark.parametrize("level", ["full", "lean"])
def test_no_end_is_lost_while_other_threads_flush(record, level):
    run = record(THREADS_AND_FLUSHES, env=dict(os.environ, ASYNCTRACE_LEVEL=level))
    assert run.returncode == 0, run.stderr
    made = int(run.stdout)
    trace = run.trace
    stored = trace.value("SELECT count(*) FROM tasks")
    counted = trace.value("SELECT coalesce(sum(tasks), 0) FROM task_counts")
    assert stored + counted == made == 3 * 60 * 40 + 9
    assert trace.value("SELECT count(*) FROM tasks t JOIN task_outcomes e ON e.task_id = t.id") == stored
    # Every end is the task's own: after its start, and each short task's a result.
    assert trace.value("SELECT count(*) FROM tasks t JOIN task_outcomes e ON e.task_id = t.id"
                       " WHERE e.ts < t.created_ns OR (t.coro_qualname = 'short' AND e.outcome != 0)") == 0
    assert (counted > 0) == (level == "lean")


SUITE = """
import asyncio

async def plain():
    await asyncio.sleep(0)

def test_many():
    async def main():
        await asyncio.gather(*(plain() for _ in range(30)))
    asyncio.run(main())
"""


def run_pytest(tmp_path, *options, level_variable=None):
    """SUITE run by pytest with the plugin, recording to trace.db; ASYNCTRACE_LEVEL as given."""
    (tmp_path / "test_suite.py").write_text(SUITE)
    environ = {name: value for name, value in os.environ.items() if name not in ("ASYNCTRACE_DB", "ASYNCTRACE_LEVEL")}
    environ["PYTHONPATH"] = os.pathsep.join([str(SRC)] + [p for p in [environ.get("PYTHONPATH")] if p])
    if level_variable is not None:
        environ["ASYNCTRACE_LEVEL"] = level_variable
    return run_python(["-m", "pytest", "-q", "-p", "asynctrace.pytest_plugin", "-p", "no:cacheprovider",
                       "--asynctrace=trace.db", *options, "test_suite.py"], cwd=tmp_path, env=environ)


@pytest.mark.parametrize("how", ["option", "environment"])
def test_pytest_records_at_the_level_asked_for(tmp_path, how):
    if how == "option":
        run = run_pytest(tmp_path, "--asynctrace-level=lean")
    else:
        run = run_pytest(tmp_path, level_variable="lean")
    assert run.returncode == 0, run.stdout + run.stderr
    trace = Trace(tmp_path / "trace.db")
    assert trace.rows("SELECT DISTINCT level FROM processes") == [("lean",)]
    assert trace.rows("SELECT t.nodeid, sum(c.tasks) FROM task_counts c JOIN tests t ON t.id = c.test_id"
                      " GROUP BY t.nodeid") == [("test_suite.py::test_many", 32)]  # asyncio.run's two shutdown tasks


def test_a_variable_pytest_does_not_know_is_said_and_read_as_full(tmp_path):
    run = run_pytest(tmp_path, level_variable="tiny")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "asynctrace: ASYNCTRACE_LEVEL='tiny' is not one of full, lean: recording every task (full)" in run.stderr
    assert Trace(tmp_path / "trace.db").rows("SELECT DISTINCT level FROM processes") == [("full",)]


def test_a_level_pytest_does_not_know_is_a_usage_error(tmp_path):
    run = run_pytest(tmp_path, "--asynctrace-level=tiny")
    assert run.returncode == 4 and "invalid choice: 'tiny'" in run.stderr
    assert not (tmp_path / "trace.db").exists()


def test_an_unknown_level_in_the_environment_records_everything_and_says_so(record):
    run = record("import asyncio\nasyncio.run(asyncio.sleep(0))\n", env=dict(os.environ, ASYNCTRACE_LEVEL="tiny"))
    assert run.returncode == 0
    assert run.stderr == "asynctrace: ASYNCTRACE_LEVEL='tiny' is not one of full, lean: recording every task (full)\n"
    assert run.trace.value("SELECT level FROM processes") == "full"


def test_python_m_asynctrace_run_and_env_take_the_level(tmp_path):
    (tmp_path / "prog.py").write_text("import asyncio\n"
                                      "async def plain(): await asyncio.sleep(0)\n"
                                      "async def main(): await asyncio.gather(*(plain() for _ in range(30)))\n"
                                      "asyncio.run(main())\n")
    environ = {name: value for name, value in os.environ.items() if name not in ("ASYNCTRACE_DB", "ASYNCTRACE_LEVEL")}
    environ["PYTHONPATH"] = str(SRC)
    run = run_python(["-m", "asynctrace", "run", "--level", "lean", "-o", "out.db", "prog.py"], cwd=tmp_path,
                     env=environ)
    assert run.returncode == 0, run.stderr
    trace = Trace(tmp_path / "out.db")
    assert trace.value("SELECT level FROM processes") == "lean"
    assert trace.value("SELECT sum(tasks) FROM task_counts") >= 30
    said = run_python(["-m", "asynctrace", "env", "--level", "lean", "t.db"], cwd=tmp_path, env=environ)
    assert json.loads(said.stdout)["ASYNCTRACE_LEVEL"] == "lean"
    said = run_python(["-m", "asynctrace", "env", "t.db"], cwd=tmp_path, env=environ)
    assert "ASYNCTRACE_LEVEL" not in json.loads(said.stdout)
    refused = run_python(["-m", "asynctrace", "run", "--level", "tiny", "prog.py"], cwd=tmp_path, env=environ)
    assert refused.returncode == 2 and "invalid choice: 'tiny'" in refused.stderr
