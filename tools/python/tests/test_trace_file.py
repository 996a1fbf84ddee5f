"""The trace file: the recorder writes its trace and nothing else, replaces nothing that is not a trace of its
own, keeps what it cannot store as the program has it, and never lets a run it stopped seeing read as clean."""
import os
import sqlite3
import subprocess
import sys
import time

import pytest

from conftest import LEAKY_SUITE, SRC, Trace, recording_environment, run_python

LATIN1_DIRECTORY = os.fsdecode(b"caf\xe9")  # not UTF-8: Python sees a surrogate-escaped byte, '\udce9'


def task_names(trace):
    """Each task's name as the trace tells it: its last rename, else its name at creation (before 3.13,
    create_task(name=...) names the task after it was made)."""
    return sorted(row[0] for row in trace.rows(
        """SELECT coalesce((SELECT e.detail FROM events e JOIN event_kinds k ON k.id = e.kind
                            WHERE k.name = 'task_renamed' AND e.task_id = t.id ORDER BY e.id DESC LIMIT 1), t.name)
           FROM tasks t WHERE t.coro_qualname NOT LIKE '%main' AND t.coro_qualname NOT LIKE 'BaseEventLoop.%'"""))


def test_a_non_utf8_directory_name_task_name_and_message_lose_no_row(tmp_path):
    directory = tmp_path / LATIN1_DIRECTORY
    directory.mkdir()
    script = directory / "prog.py"
    script.write_text("import asyncio, os\n"
                      "async def fail():\n"
                      "    raise ValueError(os.fsdecode(b'bad \\xff byte'))\n"
                      "async def main():\n"
                      "    task = asyncio.create_task(fail(), name=os.fsdecode(b'task \\xe9'))\n"
                      "    await asyncio.sleep(0.01)\n"
                      "    asyncio.create_task(asyncio.sleep(1), name='plain')\n"
                      "    del task\n"
                      "loop = asyncio.new_event_loop()\n"
                      "loop.run_until_complete(main())\n"
                      "loop.close()\n")
    run = run_python([str(script)], cwd=directory, trace_path=directory / "trace.db")
    assert run.returncode == 0, run.stderr
    assert "asynctrace" not in run.stderr
    trace = run.trace
    # Each value SQLite cannot store as UTF-8 is kept with its bytes spelled out; every other row whole.
    assert task_names(trace) == ["plain", "task \\xe9"]
    assert [(e["detail"], e["file"]) for e in trace.events("exception_never_retrieved")] == [
        ("ValueError: bad \\xff byte", str(tmp_path / "caf\\xe9" / "prog.py"))]
    assert [e["detail"] for e in trace.events("task_pending_at_close")] == ["plain"]
    assert trace.value("SELECT count(*) FROM processes WHERE end_mono_ns IS NULL") == 0
    assert trace.value("SELECT count(*) FROM gaps") == 0


def test_a_relative_trace_path_is_the_same_trace_for_a_child_in_another_directory(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "child.py").write_text("import asyncio\n"
                                               "async def forgotten(): pass\n"
                                               "forgotten()\n")
    script = tmp_path / "prog.py"
    script.write_text("import subprocess, sys\n"
                      "subprocess.run([sys.executable, 'child.py'], cwd='sub', check=True)\n")
    env = recording_environment(str(tmp_path / "trace.db"), os.environ)
    env["ASYNCTRACE_DB"] = "trace.db"  # the README's form: relative to where the run starts
    run = run_python([str(script)], cwd=tmp_path, env=env)
    assert run.returncode == 0, run.stderr
    assert not (tmp_path / "sub" / "trace.db").exists()
    trace = Trace(tmp_path / "trace.db")
    assert trace.value("SELECT count(*) FROM processes") == 2
    assert [e["detail"] for e in trace.events("coroutine_never_awaited")] == ["forgotten"]


def test_task_names_are_cut_at_one_limit_however_they_are_given(record):
    run = record("""
        import asyncio

        async def main():
            given = asyncio.create_task(asyncio.sleep(0), name="g" * 1_000_000)
            renamed = asyncio.create_task(asyncio.sleep(0))
            renamed.set_name("r" * 1_000_000)
            left = asyncio.create_task(asyncio.sleep(1), name="p" * 1_000_000)
            await asyncio.gather(given, renamed)

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
    """)
    trace = run.trace
    assert task_names(trace) == ["g" * 1000, "p" * 1000, "r" * 1000]
    assert [e["detail"] for e in trace.events("task_pending_at_close")] == ["p" * 1000]
    assert trace.value("SELECT max(length(name)) FROM tasks") <= 1000
    assert os.path.getsize(trace.path) < 1_000_000


def test_a_program_that_closes_every_descriptor_keeps_its_own_files_intact(record):
    run = record("""
        import asyncio, os

        async def job():
            await asyncio.sleep(0)

        async def main():
            for _ in range(20):
                await asyncio.gather(*(job() for _ in range(50)))

        asyncio.run(main())
        os.closerange(3, 1024)  # a daemon drops what it inherited; its own files get the same numbers
        files = [open(f"data{n}.txt", "w+") for n in range(8)]
        for n, file in enumerate(files):
            file.write(f"the program's own file {n}\\n")
            file.flush()
        asyncio.run(main())
        print("done")
    """)
    assert run.returncode == 0 and run.stdout == "done\n", run.stderr
    for n in range(8):
        assert (record.directory / f"data{n}.txt").read_text() == f"the program's own file {n}\n"
    assert "asynctrace" not in run.stderr
    trace = run.trace
    assert trace.value("PRAGMA integrity_check") == "ok"
    # The recorder closed its connection before closerange and recorded the second run on a new one.
    assert trace.value("SELECT count(*) FROM tasks WHERE coro_qualname = 'job'") == 2000
    assert trace.value("SELECT count(*) FROM processes WHERE end_mono_ns IS NULL") == 0


def python_m_asynctrace(*args, cwd, **kwargs):
    env = dict(os.environ, PYTHONPATH=str(SRC))
    env.pop("ASYNCTRACE_DB", None)
    return run_python(["-m", "asynctrace", *args], cwd=cwd, env=env, **kwargs)


def files_of(directory):
    """Every file of directory with its bytes."""
    return {path.name: path.read_bytes() for path in directory.iterdir() if path.is_file()}


def an_applications_database(path):
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE meta (key TEXT, value TEXT); INSERT INTO meta VALUES ('owner', 'the app');"
                       "CREATE TABLE orders (id INTEGER PRIMARY KEY, item TEXT); INSERT INTO orders (item) VALUES ('tea');")
    conn.close()


PROGRAM = "import asyncio\nasync def forgotten(): pass\nforgotten()\nprint('program ran')\n"


@pytest.mark.parametrize("kind", ["text file", "application's SQLite database", "directory"])
def test_run_refuses_to_replace_what_is_not_a_trace(tmp_path, kind):
    (tmp_path / "prog.py").write_text(PROGRAM)
    if kind == "text file":
        (tmp_path / "out.db").write_text("notes the user keeps\n")
    elif kind == "directory":
        (tmp_path / "out.db").mkdir()
    else:
        an_applications_database(tmp_path / "out.db")
    before = files_of(tmp_path)
    run = python_m_asynctrace("run", "-o", "out.db", "prog.py", cwd=tmp_path)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and "out.db" in run.stderr and "not" in run.stderr, run.stderr
    assert files_of(tmp_path) == before


def test_run_replaces_a_trace_of_its_own_older_ones_included(tmp_path):
    (tmp_path / "prog.py").write_text(PROGRAM)
    assert python_m_asynctrace("run", "-o", "out.db", "prog.py", cwd=tmp_path).returncode == 0
    conn = sqlite3.connect(tmp_path / "out.db")
    conn.execute("PRAGMA application_id = 0")  # as the recorder wrote traces before it had one
    conn.close()
    run = python_m_asynctrace("run", "-o", "out.db", "prog.py", cwd=tmp_path)
    assert run.returncode == 0 and run.stdout == "program ran\n", run.stderr
    assert Trace(tmp_path / "out.db").value("SELECT count(*) FROM processes") == 1  # nothing old mixed in


@pytest.mark.parametrize("place", ["sysfs", "a file's name"])
def test_run_into_a_place_it_cannot_write_says_so_before_running(tmp_path, place):
    if place == "sysfs":  # a directory nobody may write, root included
        if not os.path.ismount("/sys"):
            pytest.skip("no sysfs at /sys (a chroot)")
        trace, reason = "/sys/out.db", "Permission denied"
    else:
        (tmp_path / "notes.txt").write_text("")
        trace, reason = str(tmp_path / "notes.txt" / "out.db"), "Not a directory"
    (tmp_path / "prog.py").write_text(PROGRAM)
    run = python_m_asynctrace("run", "-o", trace, "prog.py", cwd=tmp_path)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr == f"asynctrace: cannot write the trace {trace}: {reason}\n"


def test_a_trace_path_naming_an_applications_database_is_never_written(tmp_path):
    an_applications_database(tmp_path / "app.db")
    (tmp_path / "prog.py").write_text(PROGRAM)
    before = files_of(tmp_path)
    env = recording_environment(str(tmp_path / "app.db"), os.environ)
    run = run_python(["prog.py"], cwd=tmp_path, env=env)
    assert run.returncode == 0 and run.stdout == "program ran\n"
    assert [line for line in run.stderr.splitlines() if line.startswith("asynctrace:")] == [
        f"asynctrace: not recording: {tmp_path / 'app.db'} is not an asynctrace trace: not writing to it"]
    assert files_of(tmp_path) == before


def test_a_second_recording_of_a_trace_being_recorded_is_refused(tmp_path):
    (tmp_path / "slow.py").write_text("import asyncio, os, time\n"
                                      "async def forgotten(): pass\n"
                                      "forgotten()\n"
                                      "open('started', 'w').close()\n"
                                      "while not os.path.exists('go'):\n"
                                      "    time.sleep(0.01)\n")
    (tmp_path / "prog.py").write_text(PROGRAM)
    env = dict(os.environ, PYTHONPATH=str(SRC))
    env.pop("ASYNCTRACE_DB", None)
    first = subprocess.Popen([sys.executable, "-m", "asynctrace", "run", "-o", "t.db", "slow.py"], cwd=tmp_path,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not (tmp_path / "started").exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        second = python_m_asynctrace("run", "-o", "t.db", "prog.py", cwd=tmp_path)
        assert second.returncode == 2 and second.stdout == ""
        assert second.stderr == f"asynctrace: {tmp_path / 't.db'} is being recorded by another process right now\n"
    finally:
        (tmp_path / "go").touch()
        _, stderr = first.communicate(timeout=60)
    assert first.returncode == 0, stderr
    trace = Trace(tmp_path / "t.db")
    assert [e["detail"] for e in trace.events("coroutine_never_awaited")] == ["forgotten"]
    assert trace.value("SELECT count(*) FROM processes WHERE end_mono_ns IS NOT NULL") == 1


def run_pytest(tmp_path, *args):
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_app.py").write_text(LEAKY_SUITE)
    env = dict(os.environ, PYTHONPATH=str(SRC))
    env.pop("ASYNCTRACE_DB", None)
    return run_python(["-m", "pytest", "-q", "-p", "asynctrace.pytest_plugin", "-p", "no:cacheprovider", *args],
                      cwd=tmp_path, env=env)


@pytest.mark.parametrize("given", [["--asynctrace", "tests/test_app.py"], ["--asynctrace", "tests"],
                                   ["--asynctrace", "tests/test_new.py", "tests"]],
                         ids=["a test file", "a test directory", "a test file to be"])
def test_the_pytest_option_never_eats_a_test_path(tmp_path, given):
    run = run_pytest(tmp_path, *given)
    before = files_of(tmp_path / "tests")
    assert run.returncode == pytest.ExitCode.USAGE_ERROR, run.stdout + run.stderr
    assert "INTERNALERROR" not in run.stdout + run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1 and "--asynctrace" in errors[0] and given[1] in errors[0], run.stderr
    assert files_of(tmp_path / "tests") == before == {"test_app.py": LEAKY_SUITE.encode()}


def test_the_pytest_option_records_into_a_trace_of_its_own(tmp_path):
    run = run_pytest(tmp_path, "--asynctrace", "trace.db", "tests")
    assert run.returncode == 0, run.stdout + run.stderr
    assert Trace(tmp_path / "trace.db").value("SELECT count(*) FROM tests") == 2


def test_the_writers_connection_is_used_by_one_thread_at_a_time(record):
    """Fault injection: gaps written from one thread (as a fork handler or a hook on another thread writes
    them) while the loop thread flushes. They share one cursor: each gap must land and no flush may fail
    (before, the program died of SIGSEGV or SIGBUS within 30 gaps, or "Recursive use of cursors" stopped the
    recording)."""
    run = record("""
        import asyncio, threading, asynctrace

        writer = asynctrace.active_recorder().writer
        done = threading.Event()

        def gaps():
            for i in range(300):
                writer.write_gap("hook_interrupted", "test", f"gap {i}")
            done.set()

        async def main():
            thread = threading.Thread(target=gaps)
            thread.start()
            while not done.is_set():
                await asyncio.gather(*[asyncio.sleep(0) for _ in range(50)])
                writer.flush()
                await asyncio.sleep(0.0005)  # lets the other thread have the GIL
            thread.join()

        asyncio.run(main())
    """)
    assert run.returncode == 0, run.stderr
    assert run.trace.value("SELECT count(*) FROM gaps WHERE source = 'test'") == 300
    assert run.trace.value("SELECT count(*) FROM gaps WHERE kind = 'recording_stopped'") == 0
    assert run.trace.value("SELECT count(*) FROM processes WHERE end_mono_ns IS NOT NULL") == 1
