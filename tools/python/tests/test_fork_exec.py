"""Fork and exec inside a traced program: the child records only what is its own, a fork never hangs the
child or loses it silently, and an exec that fails leaves the recording running."""
import re
import sys
import textwrap

import pytest
from conftest import run_python, same_run

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="fork")


def leaks(trace):
    return trace.rows("SELECT p.pid, e.detail FROM events e JOIN processes p ON p.id = e.process_id"
                      " WHERE e.kind = (SELECT id FROM event_kinds WHERE name = 'coroutine_never_awaited')")


def test_a_forked_child_does_not_report_the_parents_coroutines(record):
    """The parent forks with three tasks not yet started and a bare coroutine it awaits later: all are the
    parent's, awaited in the parent. The child, which execs (its image ends with an exit scan), does not
    report them; the coroutine it leaks itself is still reported."""
    run = record("""
        import asyncio, os, sys

        async def job(n):
            await asyncio.sleep(0.01)
            return n

        async def own():
            pass

        async def main():
            later = job(99)
            tasks = [asyncio.ensure_future(job(i)) for i in range(3)]
            pid = os.fork()
            if pid == 0:
                leaked = own()
                os.execv(sys.executable, [sys.executable, "-c", "pass"])
            print(await asyncio.gather(*tasks), await later)
            os.waitpid(pid, 0)

        asyncio.run(main())
    """)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "[0, 1, 2] 99\n"
    [(pid, leaked)] = leaks(run.trace)
    assert leaked == "own" and pid != run.trace.value("SELECT pid FROM processes WHERE id = 1")


FORKS_WHILE_THREADS_WRITE = """
import asyncio, faulthandler, os, signal, sqlite3, sys, threading, time

faulthandler.dump_traceback_later(240, exit=True)  # a hang shows every thread's stack, not just a timeout

forks, path = int(sys.argv[1]), sys.argv[2]

def program_writes(n):  # the program's own SQLite work: opens, statements, allocations
    conn = sqlite3.connect(f"{path}.{n}", isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (x)")
    while True:
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 100,))
        sqlite3.connect(f"{path}.{n}").close()

async def tick():
    await asyncio.sleep(0)

async def busy_loop():  # the recorder's own writes, flushed on this thread, and its watchdog thread
    while True:
        await asyncio.gather(*(tick() for _ in range(20)))
        await asyncio.sleep(0.001)

for n in range(2):
    threading.Thread(target=program_writes, args=(n,), daemon=True).start()
threading.Thread(target=asyncio.run, args=(busy_loop(),), daemon=True).start()
time.sleep(0.3)

started, hung = {}, []
def reap(block):
    for pid, since in list(started.items()):
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            del started[pid]
        elif time.monotonic() - since > 5:
            hung.append(pid)
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            del started[pid]

children = []
for _ in range(forks):
    if len(hung) >= 3:
        break
    while len(started) >= 8:
        reap(False)
        time.sleep(0.0005)
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    started[pid] = time.monotonic()
    children.append(pid)
while started:
    reap(True)
    time.sleep(0.01)
print(" ".join(map(str, children)))
print(" ".join(map(str, hung)))
"""


def test_forks_while_other_threads_use_sqlite_never_hang_or_lose_a_child(tmp_path):
    """2,000 forks (a hang in 1 of 1,000 forks shows with 86% probability, 1 in 500 with 98%) while two
    threads of the program use SQLite and a loop thread keeps the recorder flushing: no child hangs, and
    each is in the trace, or the parent says in a gap that a child it forked then records nothing."""
    forks = 2000
    (tmp_path / "forks.py").write_text(FORKS_WHILE_THREADS_WRITE)
    run = run_python(["forks.py", str(forks), "own.db"], cwd=tmp_path, trace_path=tmp_path / "trace.db", timeout=300)
    assert run.returncode == 0, run.stderr
    children, hung = (list(map(int, line.split())) for line in run.stdout.split("\n")[:2])
    assert hung == []
    assert len(children) == forks
    recorded = {pid for (pid,) in run.trace.rows("SELECT pid FROM processes")}
    missing = set(children) - recorded
    named = run.trace.value("SELECT count(*) FROM gaps WHERE kind = 'child_not_recorded'")
    assert len(missing) <= named
    assert "database is locked" not in run.stderr


def test_a_failed_exec_leaves_the_recording_running_and_takes_back_what_it_wrote(record):
    """execvp tries one directory of PATH after another: a miss raises, and a program that catches it goes
    on. What the exec wrote as this image's end (a pending task, a coroutine not yet awaited) is taken back,
    and what the program does afterwards is recorded, up to its real end; then an exec that succeeds ends
    the image as before."""
    run = record("""
        import asyncio, os, sys

        async def job():
            await asyncio.sleep(0.05)
            return "done"

        async def forgotten():
            pass

        async def main():
            task = asyncio.ensure_future(job())
            later = job()
            try:
                os.execvp("no-such-program-anywhere", ["no-such-program-anywhere"])
            except FileNotFoundError:
                print("exec failed")
            print(await task, await later)
            forgotten()

        asyncio.run(main())
        os.execv(sys.executable, [sys.executable, "-c", "print('exec')"])
    """)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "exec failed\ndone done\nexec\n"
    trace = run.trace
    assert trace.kinds() == {"coroutine_never_awaited": 1}
    assert [event["detail"] for event in trace.events("coroutine_never_awaited")] == ["forgotten"]
    assert trace.value("SELECT count(*) FROM task_outcomes e JOIN tasks t ON t.id = e.task_id"
                       " WHERE t.coro_qualname = 'job'") == 1
    assert trace.rows("SELECT id, end_mono_ns IS NOT NULL FROM processes") == [(1, 1), (2, 1)]


def test_objects_frozen_by_gc_freeze_are_still_scanned_at_exit(record):
    """Pre-fork servers call gc.freeze(), and gc.get_objects() skips what is frozen: the task still pending
    and the coroutine never awaited are found all the same, and the program prints the same as untraced
    (unfreezing them would let interpreter shutdown collect them, and asyncio print its complaints)."""
    run = same_run(record, """
        import asyncio, gc

        async def serve():
            await asyncio.sleep(3600)

        async def handler():
            pass

        async def main():
            global task, pending
            task = asyncio.ensure_future(serve())
            pending = handler()
            await asyncio.sleep(0)
            gc.freeze()

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
    """)
    assert run.trace.kinds() == {"task_pending_at_exit": 1, "coroutine_never_awaited": 1}
    assert [event["detail"] for event in run.trace.events("coroutine_never_awaited")] == ["handler"]


def test_a_python_child_that_cannot_join_is_named_in_a_gap(record):
    """A child started with -I ignores the environment that makes it record, and one given an environment of
    its own may lack ASYNCTRACE_DB: the parent knows it started them, and says so; a child that joins, a
    program that is not Python, and `python --version`, which runs no program, are not named."""
    run = record("""
        import os, subprocess, sys

        children = [subprocess.Popen([sys.executable, "-I", "-c", "print('isolated')"]),
                    subprocess.Popen([sys.executable, "-c", "print('own environment')"], env={"PATH": "/usr/bin"}),
                    subprocess.Popen([sys.executable, "-c", "print('joined')"]),
                    subprocess.Popen(["true"]),
                    # Python prints and exits before site runs: no program to record, no gap.
                    subprocess.Popen([sys.executable, "--version"], stdout=subprocess.DEVNULL),
                    subprocess.Popen([sys.executable, "-E", "-V"], stdout=subprocess.DEVNULL)]
        for child in children:
            child.wait()
        print(" ".join(str(child.pid) for child in children))
    """)
    assert run.returncode == 0, run.stderr
    isolated, own_environment, joined, *_ = map(int, run.stdout.split("\n")[-2].split())
    gaps = run.trace.rows("SELECT kind, source, message FROM gaps ORDER BY id")
    assert [(kind, source) for kind, source, _ in gaps] == [("child_not_recorded", "subprocess")] * 2
    assert f"Python child {isolated} (" in gaps[0][2] and gaps[0][2].endswith("-I, -E or -S keeps the recorder"
                                                                             " from starting")
    assert f"Python child {own_environment} (" in gaps[1][2] and gaps[1][2].endswith("has no ASYNCTRACE_DB")
    assert run.trace.value("SELECT count(*) FROM processes WHERE pid = ?", joined) == 1


def test_a_child_forked_while_a_thread_keeps_sqlite_busy_is_named_in_a_gap(record):
    """Fault injection: another thread holds one of SQLite's global mutexes for longer than the recorder
    waits for it before a fork (5 s). The parent then forks anyway: the child records nothing (its copy of
    the mutex stays held, and it never touches the parent's connection), nothing hangs, and the parent says
    in a gap that a child forked then is missing."""
    run = record("""
        import ctypes, _sqlite3, os, sqlite3, threading, time

        sqlite3.connect(":memory:").close()
        library = ctypes.PyDLL(_sqlite3.__file__)
        library.sqlite3_mutex_alloc.restype = ctypes.c_void_p
        main = ctypes.c_void_p(library.sqlite3_mutex_alloc(2))  # SQLITE_MUTEX_STATIC_MAIN: every open takes it
        held = threading.Event()

        def inside_sqlite():
            library.sqlite3_mutex_enter(main)
            held.set()
            time.sleep(6.5)
            library.sqlite3_mutex_leave(main)

        thread = threading.Thread(target=inside_sqlite)
        thread.start()
        held.wait()
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        thread.join()
        os.waitpid(pid, 0)
        print(pid)
    """)
    assert run.returncode == 0, run.stderr
    child = int(run.stdout)
    assert run.trace.value("SELECT count(*) FROM processes WHERE pid = ?", child) == 0
    [(source, message)] = run.trace.rows("SELECT source, message FROM gaps WHERE kind = 'child_not_recorded'")
    # (3.12 does not even try: see test_a_program_with_threads_of_its_own_is_warned_as_untraced.)
    assert source == "fork" and ("another thread was inside SQLite" in message or
                                 sys.version_info[:2] == (3, 12) and "CPython 3.12 warns" in message)


def test_subprocess_is_recompiled_only_once_a_child_starts_and_its_tracebacks_stay_as_untraced(record):
    """Every asyncio program imports subprocess, so its recompiled methods must cost nothing until the
    program starts a child; a child that cannot start raises the same traceback, traced or not."""
    traced = same_run(record, """
        import asyncio, subprocess, sys, traceback

        print("recompiled before any child:", "_asynctrace_child_started" in vars(subprocess))
        try:
            subprocess.Popen(["/nonexistent/program"])
        except FileNotFoundError:
            traceback.print_exc()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
    """)
    assert "recompiled before any child: False" in traced.stdout
    assert "FileNotFoundError" in traced.stderr and "asynctrace" not in traced.stderr
    assert traced.trace.rows("SELECT status FROM hooks WHERE name = 'subprocess.Popen'"
                             " AND process_id = (SELECT min(id) FROM processes)") == [("installed",)]
    assert traced.trace.value("SELECT count(*) FROM processes") == 2


def test_a_worker_killed_as_soon_as_it_has_a_row_already_says_it_is_a_worker(record):
    """Pool.terminate() may kill a worker at any moment of its after-fork handler: its process row never
    appears without the multiprocessing_worker event that lets the analyzer read it as complete."""
    run = record("""
        import multiprocessing, os, signal
        from asynctrace import _writer

        parent = os.getpid()
        open_trace = _writer.TraceWriter._open

        def open_then_die(self, *args):
            open_trace(self, *args)
            if os.getpid() != parent:
                os.kill(os.getpid(), signal.SIGKILL)

        _writer.TraceWriter._open = open_then_die
        child = multiprocessing.get_context("fork").Process(target=print)
        child.start()
        child.join()
        print(child.exitcode)
    """)
    assert run.returncode == 0 and run.stdout == "-9\n", run.stderr
    assert run.trace.rows("SELECT p.end_mono_ns IS NULL, (SELECT count(*) FROM events e WHERE e.process_id = p.id"
                          " AND e.kind = (SELECT id FROM event_kinds WHERE name = 'multiprocessing_worker'))"
                          " FROM processes p ORDER BY p.id") == [(0, 0), (1, 1)]


def test_a_forked_child_records_although_the_program_made_os_listdir_raise(record):
    """blockbuster makes os.listdir raise on a loop's thread, where a child forked by uvloop opens its trace:
    the writer lists its descriptors with the real one (anyio's suite on 3.13 saw the child refuse to record)."""
    run = record("""
        import asyncio, os

        def refuse(*args):
            raise RuntimeError("Blocking call to os.listdir")

        os.listdir = refuse
        pid = os.fork()
        if pid == 0:
            async def main():
                await asyncio.sleep(0)
            asyncio.run(main())
            os._exit(0)
        os.waitpid(pid, 0)
    """)
    assert run.returncode == 0 and "not recording" not in run.stderr, run.stderr
    assert run.trace.value("SELECT count(*) FROM processes") == 2


def test_a_program_that_forks_alone_is_not_warned_of_the_recorders_thread(record):
    """CPython 3.12+ warns at fork when the process has other threads: the recorder's watchdog thread ends
    before each fork (and starts again with the next callback), so a program with none of its own forks as
    untraced, warning-free, from a running loop and after it; and a loop blocked after the fork is still
    seen."""
    run = same_run(record, """
        import asyncio, os, time

        def fork():
            pid = os.fork()
            if pid == 0:
                os._exit(0)
            os.waitpid(pid, 0)

        async def main():
            await asyncio.sleep(0.2)  # the watchdog is running
            fork()
            await asyncio.sleep(0)
            time.sleep(0.4)  # blocks the loop: the watchdog, started again, sees it

        asyncio.run(main())
        fork()
        print("done")
    """, options=("-W", "always::DeprecationWarning"))
    assert run.stderr == "" and run.stdout == "done\n"
    assert run.trace.value("SELECT count(*) FROM processes") == 3
    assert 14 in [blocked["line"] for blocked in run.trace.events("loop_blocked")]  # (the fork may block too)


def test_a_program_with_threads_of_its_own_is_warned_as_untraced(record):
    """With a thread of the program alive, the warning is the program's own, as untraced. CPython 3.12 runs it
    before the after-fork handlers, while SQLite's mutexes would be held: there the child is not recorded, and
    the trace says why."""
    script = record.directory / "program.py"
    script.write_text(textwrap.dedent("""
        import os, threading

        waiting = threading.Event()
        threading.Thread(target=waiting.wait).start()
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)
        waiting.set()
    """))
    untraced = record(script, traced=False, options=("-W", "always::DeprecationWarning"))
    traced = record(script, options=("-W", "always::DeprecationWarning"))
    assert traced.returncode == untraced.returncode == 0
    assert "is multi-threaded, use of fork()" in untraced.stderr or sys.version_info < (3, 12)
    own = [line for line in traced.stderr.splitlines(True) if line.startswith("asynctrace: ")]
    program = "".join([line for line in traced.stderr.splitlines(True) if line not in own])
    assert re.sub(r"pid=\d+", "", program) == re.sub(r"pid=\d+", "", untraced.stderr)
    gaps = traced.trace.rows("SELECT message FROM gaps WHERE kind = 'child_not_recorded'")
    processes = traced.trace.value("SELECT count(*) FROM processes")
    if sys.version_info[:2] == (3, 12):
        assert processes == 1 and len(gaps) == 1 and "CPython 3.12 warns of them at fork" in gaps[0][0]
        assert own == [f"asynctrace: {gaps[0][0]}\n"]  # said at exit, as every gap is
    else:
        assert processes == 2 and gaps == [] and own == []


def test_a_fork_from_a_loop_under_blockbuster_records_the_child(record):
    """Ending the watchdog before a fork calls nothing that blocks: blockbuster, which makes a lock's blocking
    acquire, time.sleep and os.stat raise on a loop's thread, sees no call of ours, and the child records."""
    pytest.importorskip("blockbuster")
    run = record("""
        import asyncio, os
        from blockbuster import blockbuster_ctx

        async def main():
            await asyncio.sleep(0.2)  # the watchdog is running
            pid = os.fork()
            if pid == 0:
                os._exit(0)
            await asyncio.sleep(0)
            return pid

        with blockbuster_ctx():
            pid = asyncio.run(main())
        os.waitpid(pid, 0)
    """)
    assert run.returncode == 0 and "Blocking" not in run.stderr, run.stderr
    assert run.trace.rows("SELECT message FROM gaps") == []
    assert run.trace.value("SELECT count(*) FROM processes") == 2
