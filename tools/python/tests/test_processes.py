"""Several processes write one trace: multiprocessing (fork and spawn, Process and Pool) and a plain
subprocess that inherits ASYNCTRACE_DB, each with its own process row and ids that never collide."""
import os
import sys

import pytest

PROGRAM = """
import asyncio, multiprocessing, subprocess, sys

async def work(n):
    await asyncio.sleep(0)
    return n

def child(n):
    return asyncio.run(work(n))

def leak_in_child():
    async def main():
        work(0)
    asyncio.run(main())

if __name__ == "__main__":
    for method in METHODS:
        context = multiprocessing.get_context(method)
        process = context.Process(target=leak_in_child)
        process.start()
        process.join()
        with context.Pool(2) as pool:
            print(sorted(pool.map(child, range(4))))
    subprocess.run([sys.executable, "-c", "import asyncio; asyncio.run(asyncio.sleep(0))"], check=True)
    print(asyncio.run(work(7)))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="fork")
def test_all_processes_record_into_one_trace(record):
    run = record(PROGRAM.replace("METHODS", repr(("fork", "spawn"))))
    assert run.returncode == 0, run.stderr
    assert run.stdout == "[0, 1, 2, 3]\n[0, 1, 2, 3]\n7\n"
    trace = run.trace
    pids = trace.rows("SELECT pid FROM processes")
    assert len(pids) == len(set(pids)) >= 8  # main, 2 Process, 4 pool workers, the subprocess
    assert trace.value("SELECT count(*) FROM tasks WHERE coro_qualname = 'work'") == 4 + 4 + 1
    leaks = trace.rows("SELECT DISTINCT e.process_id FROM events e WHERE e.kind = 20")
    assert len(leaks) == 2  # one per child Process, each in its own process
    subprocess_tasks = trace.value(
        "SELECT count(*) FROM tasks t JOIN processes p ON p.id = t.process_id"
        " WHERE p.argv LIKE '%asyncio.sleep(0)%'")
    assert subprocess_tasks >= 1 or sys.version_info < (3, 10)  # 3.9 has no sys.orig_argv
    # every id carries its process in the high bits, so ids from different processes never collide
    assert trace.value("SELECT count(*) FROM tasks WHERE id >> 32 != process_id") == 0
    assert trace.value("SELECT count(*) FROM events WHERE task_id IS NOT NULL AND task_id >> 32 != process_id") == 0
    ids = trace.rows("SELECT id FROM tasks UNION ALL SELECT id FROM sites UNION ALL SELECT id FROM loops")
    assert len(ids) == len(set(ids))
    assert trace.value("PRAGMA integrity_check") == "ok"
    # One recording: every process, spawned ones and the subprocess included, belongs to its one run.
    assert trace.rows("SELECT DISTINCT run_id FROM processes") == [(1,)]
    assert trace.value("SELECT count(*) FROM runs") == 1


def test_a_recording_says_which_host_and_ci_job_made_it(record):
    """What tells CI shards apart once their traces are read together (asynctrace analyze a.db b.db)."""
    env = dict(os.environ, GITHUB_ACTIONS="true", GITHUB_RUN_ID="7123456789", GITHUB_RUN_ATTEMPT="2",
               GITHUB_JOB="test")
    env.pop("ASYNCTRACE_DB", None)
    run = record("import asyncio\nasyncio.run(asyncio.sleep(0))\n", env=env)
    assert run.returncode == 0, run.stderr
    assert run.trace.rows("SELECT id, host, ci_job, source FROM runs") == [
        (1, os.uname().nodename, "github 7123456789/2 test", None)]


def test_a_forked_child_reports_only_its_own_and_closes_its_trace_when_it_execs(record):
    """A child forked while a loop runs inherits the parent's pending task: the parent reports it, the child
    does not; the child then execs a new Python program, which records as a process of its own, and the
    forked image closes its trace first, as at exit."""
    run = record("""
        import asyncio, os, sys

        async def forever():
            await asyncio.sleep(3600)

        async def main():
            asyncio.ensure_future(forever())
            await asyncio.sleep(0)
            pid = os.fork()
            if pid == 0:
                os.execv(sys.executable, [sys.executable, "-c", "print('exec', flush=True)"])
            os.waitpid(pid, 0)
            print("parent")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
    """)
    assert run.returncode == 0, run.stderr
    assert sorted(run.stdout.split()) == ["exec", "parent"]
    assert len(run.trace.events("task_pending_at_close") + run.trace.events("task_pending_at_exit")) == 1
    assert run.trace.value("SELECT count(*) FROM processes") == 3
    assert run.trace.value("SELECT count(*) FROM processes WHERE end_mono_ns IS NULL") == 0
