"""Helpers: run a real Python program under the recorder (with the interpreter running the tests) and
query the trace it wrote with plain SQL, as a user of schema/trace.sql would."""
import os
import re
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SRC = REPO / "tools" / "python" / "src"
EXAMPLES = REPO / "examples"
sys.path.insert(0, str(SRC))
# scripts/test runs these tests on both recorder paths: the C accelerator, then ASYNCTRACE_PURE_PYTHON=1.
PURE_PYTHON = os.environ.get("ASYNCTRACE_PURE_PYTHON", "0") not in ("", "0") and os.environ["ASYNCTRACE_PURE_PYTHON"]
if not PURE_PYTHON:  # the accelerator as the checkout's source is now (a no-op when it is built already)
    subprocess.run([sys.executable, str(REPO / "scripts" / "build-speedups")], stdout=subprocess.DEVNULL)

from asynctrace.__main__ import recording_environment  # noqa: E402

# scripts/test spreads these tests over pytest-xdist workers; the pytest sessions they start are no workers.
for name in [name for name in os.environ if name.startswith("PYTEST_XDIST_")]:
    del os.environ[name]


# scripts/test builds the analyzer before these tests; in the sid root it cannot run (its Swift runtime is not
# there): tests that need it are skipped there, and the trace's rows are checked instead.
ANALYZER = REPO / ".build" / "debug" / "asynctrace"


def analyzer_runs():
    try:
        return subprocess.run([str(ANALYZER), "--help"], capture_output=True).returncode == 0
    except OSError:
        return False


needs_analyzer = pytest.mark.skipif(not analyzer_runs(), reason="no runnable .build/debug/asynctrace")


class Trace:
    def __init__(self, path):
        self.path = path
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def rows(self, sql, *params):
        return self.conn.execute(sql, params).fetchall()

    def value(self, sql, *params):
        return self.conn.execute(sql, params).fetchone()[0]

    def events(self, kind):
        """Events of one kind as dicts, with the blamed site and the task's names joined in."""
        cur = self.conn.execute(
            """SELECT e.*, s.file AS file, s.line AS line, s.function AS function,
                      t.name AS task_name, t.coro_qualname AS coro, ts.file AS task_file, ts.line AS task_line,
                      tests.nodeid AS test
               FROM events e JOIN event_kinds k ON k.id = e.kind
               LEFT JOIN sites s ON s.id = e.site_id
               LEFT JOIN tasks t ON t.id = e.task_id
               LEFT JOIN sites ts ON ts.id = t.site_id
               LEFT JOIN tests ON tests.id = e.test_id
               WHERE k.name = ? ORDER BY e.id""", (kind,))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def kinds(self):
        """Names of the events that point at a problem, with how often each occurs."""
        return dict(self.rows(
            """SELECT k.name, count(*) FROM events e JOIN event_kinds k ON k.id = e.kind
               WHERE k.name NOT IN ('loop_created', 'loop_run_start', 'loop_run_stop', 'loop_closed',
                                    'task_renamed', 'task_cancel_requested')
               GROUP BY k.name"""))


class Run:
    def __init__(self, proc, trace):
        self.returncode = proc.returncode
        self.stdout = proc.stdout
        self.stderr = proc.stderr
        self.trace = trace


def run_python(args, cwd, trace_path=None, timeout=60, env=None):
    if env is None:
        environ = dict(os.environ)
        environ.pop("ASYNCTRACE_DB", None)
    else:
        environ = dict(env)
    if trace_path is not None:
        environ = recording_environment(str(trace_path), environ)
    proc = subprocess.run([sys.executable, *args], cwd=cwd, env=environ, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=timeout)
    return Run(proc, Trace(trace_path) if trace_path is not None and os.path.exists(trace_path) else None)


@pytest.fixture
def record(tmp_path):
    """record(source_or_path, *args, options=interpreter options) -> Run with .trace; the program runs in
    tmp_path."""
    counter = iter(range(1000))

    def record(program, *args, traced=True, env=None, options=()):
        if isinstance(program, Path):
            script = program
        else:
            script = tmp_path / f"prog{next(counter)}.py"
            script.write_text(textwrap.dedent(program))
        trace = tmp_path / f"{script.stem}.db" if traced else None
        return run_python([*options, str(script), *args], cwd=tmp_path, trace_path=trace, env=env)

    record.directory = tmp_path
    return record


# A pytest suite with one never-awaited coroutine (in test_leaks, line 9) and one clean test.
LEAKY_SUITE = """
import asyncio

async def save():
    await asyncio.sleep(0)

def test_leaks():
    async def main():
        save()
    asyncio.run(main())

def test_clean():
    asyncio.run(save())
"""


def same_run(record, program, *args, options=()):
    """Runs program (one file, so that tracebacks name the same path) untraced, then traced; asserts the same
    exit code and output; returns the traced run."""
    script = record.directory / "program.py"
    script.write_text(textwrap.dedent(program))
    untraced = record(script, *args, traced=False, options=options)
    traced = record(script, *args, options=options)
    assert traced.returncode == untraced.returncode, traced.stderr
    assert traced.stdout == untraced.stdout
    assert normalized(traced.stderr) == normalized(untraced.stderr)
    return traced


def expected_line(path, rule):
    """The line an example marks with `# asynctrace: expect <rule>`."""
    for number, text in enumerate(Path(path).read_text().splitlines(), 1):
        if f"# asynctrace: expect {rule}" in text:
            return number
    raise AssertionError(f"{path} has no expect marker for {rule}")


_ADDRESS = re.compile(r"0x[0-9a-f]+")
# When a pending task is destroyed at interpreter shutdown, whether its coroutine is shown "running at"
# or "done" depends on CPython's teardown order, which an atexit handler alone already changes.
_SHUTDOWN_CORO = re.compile(r"coro=<([\w.<>]+\(\)) (?:running at|done, defined at) [^>]*>")


def normalized(text):
    return _SHUTDOWN_CORO.sub(r"coro=<\1>", _ADDRESS.sub("0x?", text))
