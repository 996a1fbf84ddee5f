"""The recorder as pip installs it, and pytest sessions recorded as a user records them (`asynctrace record`
sets ASYNCTRACE_DB for the whole session): the program sees its own packages, pytest behaves as untraced,
and the tests table says what pytest said."""
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from conftest import SRC, Trace, analyzer_runs, run_python

# A program that says which packages it can import and which folders of another environment are on its path.
WHAT_IT_SEES = """
import asyncio, sys
try:
    import decoy
except ImportError:
    print("decoy: not importable")
else:
    print("decoy: imported from", decoy.__file__)
print("other environment on sys.path:", [p for p in sys.path if "other-env" in p])
print("recorder:", sys.modules["asynctrace"].__file__)

async def save():
    await asyncio.sleep(0)

async def main():
    save()

asyncio.run(main())
"""


def pip_installed(tmp_path):
    """A site-packages folder as pip leaves it: asynctrace (with its dist-info and pytest11 entry point) and
    another package, `decoy`."""
    site = tmp_path / "other-env" / "site-packages"
    shutil.copytree(SRC / "asynctrace", site / "asynctrace", ignore=shutil.ignore_patterns("__pycache__", "*.tmp"))
    (site / "decoy.py").write_text("")
    info = site / "asynctrace-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: asynctrace\nVersion: 0.1.0\n")
    (info / "entry_points.txt").write_text("[pytest11]\nasynctrace.pytest_plugin = asynctrace.pytest_plugin\n")
    files = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    (info / "RECORD").write_text("".join(f"{name},,\n" for name in files))
    return site


def untraced_environment():
    environ = dict(os.environ)
    for name in ("ASYNCTRACE_DB", "PYTHONPATH", "PYTEST_PLUGINS"):
        environ.pop(name, None)
    return environ


def the_analyzer():
    from asynctrace import _analyzer

    analyzer = _analyzer.find()
    if analyzer is None or not analyzer_runs():
        pytest.skip("no runnable asynctrace analyzer")
    return analyzer


@pytest.mark.parametrize("how", ["asynctrace record", "python -m asynctrace run"])
def test_a_recorded_program_sees_its_own_packages_not_those_beside_the_recorder(tmp_path, how):
    site = pip_installed(tmp_path)
    (tmp_path / "app.py").write_text(WHAT_IT_SEES)
    if how == "asynctrace record":  # with the recorder of that environment, as ASYNCTRACE_RECORDER_PATH names it
        environ = {**untraced_environment(), "ASYNCTRACE_RECORDER_PATH": str(site), "ASYNCTRACE_PYTHON": sys.executable}
        command = [the_analyzer(), "record", "-o", "trace.db", "--", sys.executable, "app.py"]
    else:  # a program of that environment imports the package from there, then runs app.py
        environ = untraced_environment()
        command = [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(site)!r}); "
                   "from asynctrace.__main__ import main; main()", "run", "-o", "trace.db", "app.py"]
    run = subprocess.run(command, cwd=tmp_path, env=environ, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "decoy: not importable",
        f"other environment on sys.path: {[str(site / 'asynctrace' / '_boot')]}",
        f"recorder: {site / 'asynctrace' / '__init__.py'}",
    ]
    assert Trace(tmp_path / "trace.db").rows("SELECT e.detail FROM events e JOIN event_kinds k ON k.id = e.kind "
                                             "WHERE k.name = 'coroutine_never_awaited'") == [("save",)]


SUITE = """
import asyncio

def test_one():
    asyncio.run(asyncio.sleep(0))

def test_two():
    assert sum([1, 2]) == 3
"""


def record_pytest(tmp_path, *options, suite=SUITE, ini=None):
    """`asynctrace record -- python -m pytest ...` of a suite, in an environment where asynctrace is installed
    (so pytest finds its pytest11 entry point and marks the package for assertion rewriting)."""
    site = pip_installed(tmp_path)
    (tmp_path / "test_suite.py").write_text(textwrap.dedent(suite))
    if ini is not None:
        (tmp_path / "pytest.ini").write_text(textwrap.dedent(ini))
    environ = {**untraced_environment(), "PYTHONPATH": str(site)}
    # Some versions of pytest-asyncio warn about their own configuration, which -W error would make an error.
    return run_python(["-m", "pytest", "-p", "no:cacheprovider", "-p", "no:asyncio", *options, "test_suite.py"],
                      cwd=tmp_path, trace_path=tmp_path / "trace.db", env=environ)


@pytest.mark.parametrize("options, ini", [
    ((), None),
    (("-W", "error"), None),
    ((), "[pytest]\nfilterwarnings = error\n"),
], ids=["default", "-W error", "filterwarnings = error"])
def test_a_recorded_session_runs_as_untraced_and_warns_nothing(tmp_path, options, ini):
    run = record_pytest(tmp_path, *options, ini=ini)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 passed in" in run.stdout and "warning" not in run.stdout.lower(), run.stdout
    assert "PytestAssertRewriteWarning" not in run.stdout + run.stderr
    assert run.trace.rows("SELECT nodeid, outcome FROM tests ORDER BY id") == [
        ("test_suite.py::test_one", "passed"), ("test_suite.py::test_two", "passed")]
    assert run.trace.rows("SELECT * FROM gaps") == []


def test_a_suite_that_checks_its_own_warnings_passes_when_recorded(tmp_path):
    """A plugin's suite runs pytest inside a test (pytester) and counts that session's warnings."""
    suite = '''
        pytest_plugins = "pytester"

        def test_inner_session_is_clean(pytester):
            pytester.makepyfile("def test_inner(): pass")
            pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1, warnings=0)
        '''
    run = record_pytest(tmp_path, suite=suite)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.trace.rows("SELECT nodeid, outcome FROM tests WHERE nodeid LIKE 'test_suite.py::%'") == [
        ("test_suite.py::test_inner_session_is_clean", "passed")]


def analyzer_says(trace):
    from asynctrace import _analyzer

    return _analyzer.analyze(the_analyzer(), str(trace))


@pytest.mark.parametrize("options, early", [
    (("--no-such-option",), "pytest stopped before its test session began"),
    (("-p", "no_such_plugin"), "pytest stopped before its test session began"),
    (("missing_dir/",), "pytest's session ended early (exit status 4, usage error)"),
], ids=["usage error", "missing plugin", "missing file"])
def test_a_recorded_session_that_ran_no_test_never_reads_as_clean(tmp_path, options, early):
    run = record_pytest(tmp_path, *options)
    assert run.returncode != 0, run.stdout + run.stderr  # an uncaught error at start-up exits 1, as failed tests do
    assert run.trace.rows("SELECT count(*) FROM tests") == [(0,)]
    [(message,)] = run.trace.rows("SELECT message FROM gaps WHERE kind = 'tests_not_run'")
    assert message.startswith(early)
    analysis = analyzer_says(run.trace.path)
    assert analysis.status == 3 and analysis.findings == [], analysis.warnings
    assert any(early in warning for warning in analysis.warnings), analysis.warnings


FAILING_INSIDE = """
pytest_plugins = "pytester"

def test_fails():
    assert False

def test_a_session_inside_cannot_collect(pytester):
    pytester.makepyfile("import no_such_module")
    assert pytester.runpytest("-p", "no:cacheprovider").ret == 2

def test_a_pytest_process_it_starts_is_interrupted(pytester):
    pytester.makepyfile("import no_such_module")
    assert pytester.runpytest_subprocess("-p", "no:cacheprovider").ret == 2
"""


@pytest.mark.parametrize("options, status, outcomes", [
    (("-k", "no_such_test"), 5, []),
    (("-k", "test_fails", "--deselect", "test_suite.py::test_fails"), 5, []),
    (("-k", "cannot_collect"), 0, [("passed",)]),
    (("-k", "interrupted"), 0, [("passed",)]),
    (("-x",), 1, [("failed",)]),
], ids=["none collected", "all deselected", "a session inside ended early", "a pytest process it started ended early",
        "a test failed"])
def test_a_session_that_ran_what_it_was_asked_is_complete(tmp_path, options, status, outcomes):
    run = record_pytest(tmp_path, *options, suite=FAILING_INSIDE)
    assert run.returncode == status, run.stdout + run.stderr
    assert run.trace.rows("SELECT outcome FROM tests WHERE nodeid LIKE 'test_suite.py::%' ORDER BY start_ns") == \
        outcomes
    assert run.trace.rows("SELECT * FROM gaps") == []


FLAKY = """
import asyncio, os, pytest

ATTEMPTS = os.path.join(os.path.dirname(__file__), "attempts")

@pytest.mark.flaky(reruns=2)
def test_flaky():
    async def main():
        asyncio.sleep(0)  # a never-awaited coroutine, on each attempt
    asyncio.run(main())
    with open(ATTEMPTS, "a") as f:
        f.write("x")
    with open(ATTEMPTS) as f:
        assert len(f.read()) == 2  # fails the first time, passes on the rerun

@pytest.mark.flaky(reruns=1)
def test_always_fails():
    assert False
"""


def test_a_rerun_test_ends_with_its_last_outcome_and_each_attempt_is_a_row(tmp_path):
    pytest.importorskip("pytest_rerunfailures")
    run = record_pytest(tmp_path, suite=FLAKY)
    assert run.returncode == 1 and "1 failed, 1 passed" in run.stdout and "2 rerun in" in run.stdout, run.stdout
    trace = run.trace
    assert trace.rows("SELECT nodeid, outcome FROM tests ORDER BY start_ns") == [
        ("test_suite.py::test_flaky", "rerun"), ("test_suite.py::test_flaky", "passed"),
        ("test_suite.py::test_always_fails", "rerun"), ("test_suite.py::test_always_fails", "failed")]
    assert trace.value("SELECT count(*) FROM tests WHERE end_ns IS NULL OR end_ns < start_ns") == 0
    # Each attempt's events belong to its own row.
    assert trace.rows("""SELECT t.outcome FROM events e JOIN event_kinds k ON k.id = e.kind
                         JOIN tests t ON t.id = e.test_id WHERE k.name = 'coroutine_never_awaited'
                         ORDER BY e.id""") == [("rerun",), ("passed",)]
