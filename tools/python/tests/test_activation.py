"""Turning the recorder on without code changes, and what it guarantees when things go wrong."""
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import SRC, Trace, recording_environment, run_python


def test_python_m_asynctrace_run_records_a_script_with_its_arguments(tmp_path):
    script = tmp_path / "prog.py"
    script.write_text("import asyncio, sys\n"
                      "async def f(): pass\n"
                      "async def main(): f()\n"
                      "asyncio.run(main())\n"
                      "print(sys.argv[1:])\n"
                      "sys.exit(3)\n")
    env = dict(os.environ, PYTHONPATH=str(SRC))
    env.pop("ASYNCTRACE_DB", None)
    run = run_python(["-m", "asynctrace", "run", "-o", "out.db", str(script), "a", "--b"], cwd=tmp_path, env=env)
    assert run.returncode == 3 and run.stdout == "['a', '--b']\n"
    trace = Trace(tmp_path / "out.db")
    assert [e["line"] for e in trace.events("coroutine_never_awaited")] == [3]


def test_python_m_asynctrace_run_a_module(tmp_path):
    (tmp_path / "mod.py").write_text("import asyncio\nasyncio.run(asyncio.sleep(0))\nprint('module ran')\n")
    env = dict(os.environ, PYTHONPATH=str(SRC))
    env.pop("ASYNCTRACE_DB", None)
    run = run_python(["-m", "asynctrace", "run", "-o", "out.db", "-m", "mod"], cwd=tmp_path, env=env)
    assert run.returncode == 0 and run.stdout == "module ran\n", run.stderr
    assert Trace(tmp_path / "out.db").value("SELECT count(*) FROM tasks") >= 1


def test_an_error_inside_a_hook_is_contained(record):
    run = record("""
        import asyncio, asynctrace

        async def job(n):
            await asyncio.sleep(0)
            return n

        async def main():
            print(await asyncio.gather(job(1), job(2)))
            asynctrace.active_recorder().tls = None  # any later hook now fails inside
            print(await asyncio.gather(job(3), job(4)))
            job(5)

        asyncio.run(main())
        print("still running")
    """)
    assert run.returncode == 0
    assert run.stdout == "[1, 2]\n[3, 4]\nstill running\n"
    lines = [line for line in run.stderr.splitlines() if line.startswith("asynctrace:")]
    assert len(lines) == 1 and "recording stopped" in lines[0]
    assert "was never awaited" in run.stderr  # CPython's own warning still comes
    assert run.trace.value("SELECT count(*) FROM tasks WHERE coro_qualname = 'job'") == 2  # kept
    # The trace says from when on it is blind, where, and in which process.
    (kind, source, message, process), = run.trace.rows("SELECT kind, source, message, process_id FROM gaps")
    assert kind == "recording_stopped" and source == "task_created" and "AttributeError" in message
    assert process == run.trace.value("SELECT id FROM processes")


PRODUCER = """
import asyncio, sys, time

async def job():
    await asyncio.sleep(0)

async def main():
    n = 0
    while True:
        await asyncio.gather(*(job() for _ in range(100)))
        n += 100
        print(n, time.monotonic_ns(), flush=True)

asyncio.run(main())
"""


def test_sigkill_keeps_everything_but_the_last_flush_interval(tmp_path):
    (tmp_path / "producer.py").write_text(PRODUCER)
    trace = tmp_path / "trace.db"
    env = recording_environment(str(trace), os.environ)
    proc = subprocess.Popen([sys.executable, "producer.py"], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            text=True)
    progress = []
    deadline = time.monotonic() + 1.5
    while time.monotonic() < deadline:
        n, ts = proc.stdout.readline().split()
        progress.append((int(n), int(ts)))
    killed_ns = time.monotonic_ns()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    reader = Trace(trace)
    assert reader.value("PRAGMA integrity_check") == "ok"
    recorded = reader.value("SELECT count(*) FROM tasks WHERE coro_qualname = 'job'")
    flush_interval_ns = 200_000_000
    margin_ns = 100_000_000  # scheduling noise on a loaded 2-core machine
    safe = max(n for n, ts in progress if ts < killed_ns - flush_interval_ns - margin_ns)
    assert recorded >= safe, (recorded, safe, progress[-1])
    assert recorded > 0


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="installs a venv: once, on the default interpreter")
def test_pip_installed_package_records_with_the_variable_alone(tmp_path):
    import shutil

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    package = tmp_path / "package"  # a copy: pip's build must not leave files in the checkout
    shutil.copytree(SRC.parent, package, symlinks=False, ignore=shutil.ignore_patterns("tests", "build", "*.egg-info"))
    python = venv / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-build-isolation",
                              str(package)], capture_output=True, text=True)
    if install.returncode != 0 and "setuptools" in install.stderr:
        install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(package)],
                                 capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    (tmp_path / "leak.py").write_text("import asyncio\nasync def f(): pass\nasync def main(): f()\n"
                                      "asyncio.run(main())\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ASYNCTRACE_DB", "PYTEST_PLUGINS")}
    env["ASYNCTRACE_DB"] = str(tmp_path / "trace.db")
    run = subprocess.run([str(python), "leak.py"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert [e["line"] for e in Trace(tmp_path / "trace.db").events("coroutine_never_awaited")] == [3]
    plugins = subprocess.run([str(python), "-c", "import importlib.metadata as m; print(sorted(e.name for e in "
                              "m.entry_points(group='pytest11')))"], capture_output=True, text=True, env=env)
    assert "asynctrace.pytest_plugin" in plugins.stdout
