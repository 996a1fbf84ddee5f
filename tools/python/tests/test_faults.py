"""The recorder under faults: abrupt exits, a full disk, many writers at once, and a real test suite."""
import os
import resource
import signal
import subprocess
import sys
import time

import pytest

from conftest import ANALYZER, Trace, analyzer_runs, recording_environment, run_python

ABRUPT = """
import asyncio, os, sys, time

async def job():
    await asyncio.sleep(0)

async def main():
    start = time.monotonic()
    for n in range(1, 10_000_000):
        await asyncio.gather(*(job() for _ in range(10)))
        if n % 50 == 0:
            print(n * 10, time.monotonic_ns(), flush=True)
            if time.monotonic() - start > 1.5:
                os._exit(7)

asyncio.run(main())
"""


def test_os_exit_keeps_everything_but_the_last_flush_interval(tmp_path):
    (tmp_path / "abrupt.py").write_text(ABRUPT)
    trace = tmp_path / "trace.db"
    proc = subprocess.run([sys.executable, "abrupt.py"], cwd=tmp_path, capture_output=True, text=True,
                          env=recording_environment(str(trace), os.environ), timeout=120)
    exited_ns = time.monotonic_ns()
    assert proc.returncode == 7
    progress = [tuple(map(int, line.split())) for line in proc.stdout.split("\n") if line]
    reader = Trace(trace)
    assert reader.value("PRAGMA integrity_check") == "ok"
    recorded = reader.value("SELECT count(*) FROM tasks WHERE coro_qualname = 'job'")
    safe = max(n for n, ts in progress if ts < exited_ns - 300_000_000)  # flush interval + scheduling margin
    assert safe <= recorded <= progress[-1][0]


def _full_disk(limit_bytes):
    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG), as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))
    return limit


def test_full_disk_warns_once_and_changes_nothing(tmp_path):
    program = tmp_path / "busy.py"
    program.write_text("import asyncio\n"
                       "async def job(n):\n    await asyncio.sleep(0)\n    return n\n"
                       "async def main():\n"
                       "    for _ in range(20):\n"
                       "        print(sum(await asyncio.gather(*(job(n) for n in range(2000)))))\n"
                       "asyncio.run(main())\n")
    untraced = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, cwd=tmp_path)
    traced = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, cwd=tmp_path,
                            env=recording_environment(str(tmp_path / "trace.db"), os.environ),
                            preexec_fn=_full_disk(400_000))  # past the schema (its -wal file: ~260 KB)
    assert traced.returncode == untraced.returncode == 0
    assert traced.stdout == untraced.stdout
    warnings = traced.stderr.splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("asynctrace: recording stopped"), traced.stderr
    trace = Trace(tmp_path / "trace.db")
    assert trace.value("PRAGMA quick_check") == "ok"
    # The trace says the recording stopped: in a row of its own if that still fit, else by the process
    # row that never got its end.
    stopped = trace.value("SELECT count(*) FROM gaps WHERE kind = 'recording_stopped'")
    assert stopped == 1 or trace.value("SELECT count(*) FROM processes WHERE end_mono_ns IS NULL") == 1


EIGHT_WRITERS = """
import asyncio, multiprocessing, subprocess, sys

async def job():
    await asyncio.sleep(0)

def worker(n):
    async def main():
        for _ in range(20):
            await asyncio.gather(*(job() for _ in range(250)))
    asyncio.run(main())
    return n

if __name__ == "__main__":
    method = sys.argv[1]
    context = multiprocessing.get_context(method)
    with context.Pool(8) as pool:
        print(sum(pool.map(worker, range(8))))
    pool = context.Pool(2)
    print(pool.apply(worker, (8,)))
    pool.terminate()
    subprocess.run([sys.executable, "-c", "import asyncio\\nasync def job(): pass\\n"
                    "async def main(): await asyncio.gather(*(job() for _ in range(5000)))\\n"
                    "asyncio.run(main())"], check=True)
"""


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_eight_processes_write_one_trace_and_lose_nothing(record, method):
    run = record(EIGHT_WRITERS, method)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "28\n8\n"
    trace = run.trace
    assert trace.value("SELECT count(*) FROM tasks WHERE coro_qualname = 'job'") == 9 * 20 * 250 + 5000
    assert trace.value("SELECT count(*) FROM task_outcomes e JOIN tasks t ON t.id = e.task_id"
                       " WHERE t.coro_qualname = 'job'") == 9 * 20 * 250 + 5000
    ids = trace.rows("SELECT id FROM tasks UNION ALL SELECT id FROM sites UNION ALL SELECT id FROM threads")
    assert len(ids) == len(set(ids))
    assert trace.value("PRAGMA integrity_check") == "ok"


QUICK_SUITE = ["test.test_asyncio.test_locks", "test.test_asyncio.test_queues", "test.test_asyncio.test_context"]


def test_cpythons_asyncio_tests_pass_the_same_traced(tmp_path):
    pytest.importorskip("test.test_asyncio")
    args = ["-m", "unittest", "-q", *QUICK_SUITE]
    untraced = run_python(args, cwd=tmp_path, timeout=300)
    traced = run_python(args, cwd=tmp_path, trace_path=tmp_path / "trace.db", timeout=300)
    summary = [line for line in untraced.stderr.splitlines() if line.startswith(("Ran ", "OK", "FAILED"))]
    traced_summary = [line for line in traced.stderr.splitlines() if line.startswith(("Ran ", "OK", "FAILED"))]
    assert traced.returncode == untraced.returncode
    assert [s.split(" in ")[0] for s in traced_summary] == [s.split(" in ")[0] for s in summary]
    assert "asynctrace:" not in traced.stderr
    assert traced.trace.value("SELECT count(*) FROM tasks") > 100


# The tasks' rows, taken from the writer's buffer behind its back before a flush wrote them, with the
# accelerator's hooks or the pure-Python ones (the tests run both).
LOSES_ROWS = """
import asyncio, asynctrace
from asynctrace._writer import _new_task_buffer

async def main():
    await asyncio.gather(*(asyncio.sleep(0) for _ in range(30)))
    asynctrace.active_recorder().writer.task_box[0] = _new_task_buffer()

asyncio.run(main())
"""


def test_task_rows_the_recorder_lost_make_the_trace_incomplete(record):
    run = record(LOSES_ROWS)
    assert run.returncode == 0, run.stderr
    assert run.trace.rows("SELECT kind, source FROM gaps") == [("rows_lost", "writer")]
    message = run.trace.value("SELECT message FROM gaps")
    assert message.startswith("31 of the 33 tasks"), message  # main and its 30 sleeps; the runner makes 2 more
    if analyzer_runs():
        analyzed = subprocess.run([str(ANALYZER), "analyze", str(run.trace.path)], capture_output=True, text=True)
        assert "trace incomplete" in analyzed.stderr and "the recorder lost them" in analyzed.stderr, analyzed.stderr
        assert "but the trace is incomplete" in analyzed.stdout, analyzed.stdout
