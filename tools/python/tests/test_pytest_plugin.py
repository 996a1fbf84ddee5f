"""The pytest plugin: `pytest --asynctrace=PATH` records the run and tags each event with its test."""
import os
import re
import subprocess

import pytest

from conftest import LEAKY_SUITE, REPO, SRC, Trace, needs_analyzer, run_python

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
    asynctrace.active_recorder().tls = None  # the next hook fails inside
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
    # The first hook to touch the broken state says so (asyncio.run's scope, or the first task's creation).
    assert re.search(r"recording stopped after an internal error in (scope_started|task_created): AttributeError", line)


def run_leaky(tmp_path, *args, analyzer=None, suite=LEAKY_SUITE):
    (tmp_path / "test_leaky.py").write_text(suite)
    environ = dict(os.environ)
    environ.pop("ASYNCTRACE_DB", None)
    environ["PYTHONPATH"] = os.pathsep.join([str(SRC)] + [p for p in [environ.get("PYTHONPATH")] if p])
    if analyzer is not None:
        environ["ASYNCTRACE_ANALYZER"] = analyzer
    return run_python(["-m", "pytest", "-p", "asynctrace.pytest_plugin", "-p", "no:cacheprovider",
                       "--asynctrace=trace.db", *args, "test_leaky.py"], cwd=tmp_path, env=environ)




@needs_analyzer
@pytest.mark.parametrize("workers", [[], ["-n", "2"]], ids=["one process", "xdist"])
def test_the_session_ends_with_the_findings_by_test(tmp_path, workers):
    if workers:
        pytest.importorskip("xdist")
    run = run_leaky(tmp_path, *workers)
    assert run.returncode == 0, run.stdout
    section = run.stdout[run.stdout.index(" asynctrace ="):].splitlines()[1:4]
    assert section == [
        "test_leaky.py::test_leaks",
        "  test_leaky.py:9 leaked-coroutine coroutine save was created but never awaited",
        f"1 finding (1 error, 0 warnings) in 1 test; trace: {tmp_path / 'trace.db'}",
    ]
    assert run.stdout.count(" asynctrace =") == 1  # the controller reports once for all workers


@needs_analyzer
def test_fail_on_error_fails_the_session_and_says_why(tmp_path):
    run = run_leaky(tmp_path, "--asynctrace-fail-on=error")
    assert run.returncode == 1, run.stdout
    assert "2 passed" in run.stdout
    assert ("asynctrace: failing the session: 1 asyncio lifecycle finding of severity error "
            "(--asynctrace-fail-on=error)") in run.stdout


@needs_analyzer
def test_quiet_runs_end_with_the_totals_in_one_line_and_reports_are_written(tmp_path):
    run = run_leaky(tmp_path, "-q", "--asynctrace-report=sarif:out.sarif", "--asynctrace-report=html:out.html")
    assert run.returncode == 0, run.stdout
    assert f"asynctrace: 1 finding (1 error, 0 warnings); trace: {tmp_path / 'trace.db'}" in run.stdout.splitlines()
    assert " asynctrace =" not in run.stdout
    assert (tmp_path / "out.sarif").stat().st_size > 0 and (tmp_path / "out.html").stat().st_size > 0


# One coroutine forgotten at the same line (8) four times, by two tests; a task left pending by a third.
FOLDING_SUITE = """
import asyncio

async def save():
    await asyncio.sleep(0)

def forget():
    save()

def test_forgets_three_times():
    async def main():
        for _ in range(3):
            forget()
    asyncio.run(main())

def test_forgets_once():
    async def main():
        forget()
    asyncio.run(main())

def test_leaves_a_task_pending():
    loop = asyncio.new_event_loop()
    loop.create_task(save())
    loop.close()
"""

LEAK = "test_leaky.py:8 leaked-coroutine coroutine save was created but never awaited"


def finding_lines(run):
    """The lines that start with a test (or say a finding was outside tests) and go on: not pytest's warnings
    summary, which names each test on a line of its own."""
    return [line for line in run.stdout.splitlines()
            if line.startswith(("test_leaky.py::", "(outside tests)")) and " " in line]


@needs_analyzer
def test_quiet_runs_list_each_finding_on_one_line_identical_ones_once(tmp_path):
    run = run_leaky(tmp_path, "-q", suite=FOLDING_SUITE)
    assert run.returncode == 0, run.stdout
    lines = finding_lines(run)
    assert lines[0] == f"test_leaky.py::test_forgets_three_times {LEAK} (4 times, in 1 more test)", run.stdout
    assert len(lines) == 2 and lines[1].startswith("test_leaky.py::test_leaves_a_task_pending test_leaky.py:23 "
                                                   "pending-at-close "), run.stdout
    total = [line for line in run.stdout.splitlines() if line.startswith("asynctrace: ")]
    assert total == [f"asynctrace: 5 findings (4 errors, 1 warning); trace: {tmp_path / 'trace.db'}"], run.stdout
    assert " asynctrace =" not in run.stdout


@needs_analyzer
def test_very_quiet_runs_get_only_the_totals(tmp_path):
    run = run_leaky(tmp_path, "-qq", suite=FOLDING_SUITE)
    assert run.returncode == 0, run.stdout
    assert finding_lines(run) == [] and "leaked-coroutine" not in run.stdout, run.stdout
    assert f"asynctrace: 5 findings (4 errors, 1 warning); trace: {tmp_path / 'trace.db'}" in run.stdout.splitlines()


@needs_analyzer
def test_the_findings_by_test_fold_identical_ones_within_a_test(tmp_path):
    run = run_leaky(tmp_path, suite=FOLDING_SUITE)
    assert run.returncode == 0, run.stdout
    section = run.stdout[run.stdout.index(" asynctrace ="):].splitlines()[1:8]
    assert section[:5] == [
        "test_leaky.py::test_forgets_three_times",
        f"  {LEAK} (3 times)",
        "test_leaky.py::test_forgets_once",
        f"  {LEAK}",
        "test_leaky.py::test_leaves_a_task_pending",
    ], run.stdout
    assert section[5].startswith("  test_leaky.py:23 pending-at-close ")
    assert section[6] == f"5 findings (4 errors, 1 warning) in 3 tests; trace: {tmp_path / 'trace.db'}"


def test_without_an_analyzer_the_run_is_recorded_and_says_so_in_one_line(tmp_path):
    run = run_leaky(tmp_path, analyzer=str(tmp_path / "no-such-analyzer"))
    assert run.returncode == 0, run.stdout
    notes = [line for line in run.stdout.splitlines() if "no asynctrace analyzer found" in line]
    assert len(notes) == 1 and str(tmp_path / "trace.db") in notes[0]
    assert Trace(tmp_path / "trace.db").value("SELECT count(*) FROM events WHERE kind = 20") == 1
    # A gate that cannot look does not let the run pass.
    gated = run_leaky(tmp_path, "--asynctrace-fail-on=error", analyzer=str(tmp_path / "no-such-analyzer"))
    assert gated.returncode == 1
    assert "failing the session: no analyzer could check the trace" in gated.stdout


@needs_analyzer
def test_a_baseline_lets_the_gate_fail_only_on_new_findings(tmp_path):
    first = run_leaky(tmp_path)
    assert first.returncode == 0
    made = subprocess.run([str(REPO / ".build" / "debug" / "asynctrace"), "baseline", "trace.db", "-o", "base.json"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert made.returncode == 0 and "1 finding written to the baseline base.json" in made.stderr
    # The same leak two lines lower is still the baselined one; the gate passes and says so.
    gated = run_leaky(tmp_path, "--asynctrace-fail-on=error", "--asynctrace-baseline=base.json",
                      suite="\n\n" + LEAKY_SUITE)
    assert gated.returncode == 0, gated.stdout
    assert "asynctrace: 1 finding in the baseline" in gated.stdout and "no findings; trace:" in gated.stdout
    # A new leak, made in another function, fails it.
    new = run_leaky(tmp_path, "--asynctrace-fail-on=error", "--asynctrace-baseline=base.json",
                    suite=LEAKY_SUITE + "\ndef test_new():\n    async def other():\n        save()\n"
                                        "    asyncio.run(other())\n")
    assert new.returncode == 1, new.stdout
    assert "failing the session: 1 asyncio lifecycle finding" in new.stdout
