"""A program that closes descriptors it did not open (a daemon's os.closerange, os.close in a loop, os.dup2
onto one of them): the recorder closes its connection first and goes on recording on a new one; a close
behind Python's back (from C) stops the recording, and the trace then never reads as clean."""
import re
import subprocess
import sys
import textwrap

import pytest

from conftest import ANALYZER, analyzer_runs, needs_analyzer, normalized

# Before 3.11 a bare raise re-raises the traceback it caught: an error of os.close shows the wrapper's frame.
WRAPPER_FRAME_SHOWN = sys.version_info < (3, 11)


def same_run(record, program):
    """conftest's same_run, but before 3.11 the wrapper's frame (its two lines) is taken out of the traced
    run's tracebacks."""
    script = record.directory / "program.py"
    script.write_text(textwrap.dedent(program))
    untraced = record(script, traced=False)
    traced = record(script)
    assert traced.returncode == untraced.returncode, traced.stderr
    assert traced.stdout == untraced.stdout
    stderr = traced.stderr
    if WRAPPER_FRAME_SHOWN:
        stderr = re.sub(r'  File "[^"]*asynctrace/_lifecycle.py", line \d+, in \w+\n    .*\n', "", stderr)
    assert normalized(stderr) == normalized(untraced.stderr)
    return traced

def analyze(trace):
    return subprocess.run([str(ANALYZER), "analyze", str(trace)], capture_output=True, text=True)



DAEMON = """
    import asyncio, os

    async def job():
        await asyncio.sleep(0)

    async def first():
        await asyncio.gather(*(job() for _ in range(50)))

    async def forgotten():
        pass

    async def second():
        forgotten()
        asyncio.get_running_loop().create_task(asyncio.sleep(10), name="left-pending")
        await asyncio.sleep(0)

    asyncio.run(first())
    {close}
    files = [open(f"data{{n}}.txt", "w+") for n in range(8)]
    for n, file in enumerate(files):
        file.write(f"the program's own file {{n}}\\n")
        file.flush()
    loop = asyncio.new_event_loop()
    loop.run_until_complete(second())
    loop.close()
    for file in files:
        file.close()
    print("done")
"""


@pytest.mark.parametrize("close", [
    "os.closerange(3, 65536)",
    "for fd in range(3, 1024):\n        try:\n            os.close(fd)\n        except OSError:\n            pass",
], ids=["closerange", "close in a loop"])
def test_a_daemon_that_closes_every_descriptor_is_recorded_on(record, close):
    run = record(DAEMON.format(close=close))
    assert run.returncode == 0 and run.stdout == "done\n", run.stderr
    assert "asynctrace" not in run.stderr
    for n in range(8):
        assert (record.directory / f"data{n}.txt").read_bytes() == f"the program's own file {n}\n".encode()
    trace = run.trace
    assert trace.value("PRAGMA integrity_check") == "ok"
    assert trace.value("SELECT count(*) FROM processes") == 1
    assert trace.value("SELECT count(*) FROM processes WHERE end_mono_ns IS NULL") == 0
    assert trace.value("SELECT count(*) FROM gaps") == 0
    assert trace.value("SELECT count(*) FROM tasks WHERE coro_qualname = 'job'") == 50  # the first loop's
    assert [e["detail"] for e in trace.events("task_pending_at_close")] == ["left-pending"]  # the second's
    assert len(trace.events("coroutine_never_awaited")) == 1
    if analyzer_runs():
        result = analyze(run.trace.path)
        assert result.returncode == 1, result.stdout + result.stderr
        assert "pending-at-close" in result.stdout and "leaked-coroutine" in result.stdout


def test_a_dup2_onto_the_traces_descriptor_is_recorded_on(record):
    run = record("""
        import asyncio, os

        async def forgotten():
            pass

        asyncio.run(asyncio.sleep(0))
        ours = [int(fd) for fd in os.listdir("/proc/self/fd")
                if os.path.realpath(f"/proc/self/fd/{fd}").endswith(".db")]
        with open("mine.txt", "w") as file:
            for fd in ours:
                os.dup2(file.fileno(), fd)
                os.write(fd, b"mine\\n")
                os.close(fd)
        forgotten()
        print(len(ours) > 0)
    """)
    assert run.returncode == 0 and run.stdout == "True\n", run.stderr
    assert (record.directory / "mine.txt").read_bytes() == b"mine\n"
    trace = run.trace
    assert trace.value("PRAGMA integrity_check") == "ok"
    assert trace.value("SELECT count(*) FROM processes WHERE end_mono_ns IS NULL") == 0
    assert len(trace.events("coroutine_never_awaited")) == 1


@pytest.mark.parametrize("call", [
    "os.close(fd)", "os.close(fd=fd)", "os.close(1000)", "os.close(-1)", "os.close('x')", "os.close()",
    "os.closerange(fd, fd + 1)", "os.closerange(1000, 1010)", "os.closerange('x', 2)",
    "os.closerange(fd_low=fd, fd_high=w)",
    "os.dup2(fd, w)", "os.dup2(fd, 1000)", "os.dup2(1000, fd)", "os.dup2(fd, w, inheritable=False)",
])
def test_a_close_of_a_descriptor_not_ours_is_as_untraced(record, call):
    same_run(record, f"""
        import os
        r, w = os.pipe()
        fd = os.dup(r)
        try:
            result = {call}
            print({{r: "r", w: "w", fd: "fd"}}.get(result, repr(result)))
        except Exception as e:
            print(type(e).__name__, e)
        {call}
    """)


@needs_analyzer
def test_descriptors_closed_from_c_never_read_as_clean(record):
    run = record("""
        import ctypes, os
        libc = ctypes.CDLL(None)
        trace = os.environ["ASYNCTRACE_DB"]
        for fd in os.listdir("/proc/self/fd"):
            try:
                if os.path.realpath(f"/proc/self/fd/{fd}").startswith(os.path.realpath(trace)):
                    libc.close(int(fd))
            except OSError:
                pass
        files = [open(f"data{n}.txt", "w") for n in range(4)]
        import asyncio
        async def forgotten():
            pass
        asyncio.run(asyncio.sleep(0))
        forgotten()
        for n, file in enumerate(files):
            file.write(f"file {n}\\n")
            file.close()
        print("done")
    """)
    assert run.returncode == 0 and run.stdout == "done\n", run.stderr
    for n in range(4):
        assert (record.directory / f"data{n}.txt").read_bytes() == f"file {n}\n".encode()
    result = analyze(run.trace.path)
    assert result.returncode == 3, result.stdout + result.stderr


def test_a_double_forked_daemon_that_closes_every_descriptor_says_its_recording_stopped(record):
    run = record("""
        import asyncio, os, time

        async def forgotten():
            pass

        async def main():
            forgotten()
            await asyncio.sleep(0)

        asyncio.run(asyncio.sleep(0))
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                os.closerange(3, 65536)
                with open("daemon.txt", "w") as file:
                    file.write("the daemon's own file\\n")
                asyncio.run(main())
                with open("done.txt", "w"):
                    pass
                raise SystemExit
            os._exit(0)
        os.wait()
        for _ in range(500):
            if os.path.exists("done.txt"):
                break
            time.sleep(0.01)
        time.sleep(0.2)  # the daemon's exit
        print("done")
    """)
    assert run.returncode == 0 and run.stdout == "done\n", run.stderr
    assert (record.directory / "daemon.txt").read_bytes() == b"the daemon's own file\n"
    trace = run.trace
    assert trace.value("PRAGMA integrity_check") == "ok"
    assert trace.value("SELECT count(*) FROM processes") == 3
    # A forked process cannot reopen the trace safely (the connections it inherited share SQLite's state for
    # the file): the daemon says in a gap that its recording stopped, before its closerange.
    assert trace.rows("SELECT p.pid != ?, g.source FROM gaps g JOIN processes p ON p.id = g.process_id",
                      trace.value("SELECT min(pid) FROM processes")) == [(1, "os.close")]
    assert "recording stopped: a forked process closed the trace's descriptors" in run.stderr


def test_a_program_that_mocks_os_fstat_keeps_its_recording(record):
    """CPython's test_unix_events patches os.fstat in setUp: the writer's check of its own descriptors uses
    the real one, or the mock's answer would stop the recording for the rest of the run."""
    run = record("""
        import asyncio
        import os
        from unittest import mock

        async def job():
            await asyncio.sleep(0)

        with mock.patch("os.fstat", return_value=mock.Mock(st_ino=0, st_dev=0, st_mode=0)):
            for _ in range(3):
                asyncio.run(job())
        asyncio.run(job())
    """)
    assert run.returncode == 0 and run.stderr == "", run.stderr
    assert run.trace.value("SELECT count(*) FROM gaps") == 0
    assert run.trace.value("SELECT count(*) FROM processes WHERE end_mono_ns IS NOT NULL") == 1
    assert run.trace.value("SELECT count(*) FROM tasks WHERE coro_qualname = 'job'") == 4
