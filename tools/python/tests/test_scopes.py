"""Scopes and the tasks they leave running: pytest's phases and fixtures, unittest's tests, asyncio.run and
asyncio.Runner. Every example under examples/task_left_running (and examples/task_left_running.py) records
exactly its task-left-running finding, on the marked create_task line and named after the right test; each
fixed twin records none. Where the analyzer cannot run (the sid root), the trace's own facts are checked."""
import json
import os
import subprocess
import sys
import textwrap

import pytest

from conftest import ANALYZER, EXAMPLES, SRC, Trace, analyzer_runs, expected_line, run_python

RULE = "task-left-running"
XDIST = [[], ["-n", "2", "--dist", "loadfile"]]  # the same worker runs a file's tests
RUNNER_EXAMPLES = EXAMPLES / "task_left_running"

# example -> (how it runs, the test the finding names, its severity, who cancels the task)
CASES = {
    "task_left_running.py": ("script", None, "warning", "asyncio.run()'s shutdown"),
    "test_function_loop.py": ("pytest", "test_function_loop.py::test_starts_a_flusher", "warning",
                              "pytest-asyncio's loop teardown"),
    "test_module_loop.py": ("pytest", "test_module_loop.py::test_starts_polling", "error",
                            "pytest-asyncio's loop teardown"),
    "test_fixture.py": ("pytest", "test_fixture.py::test_uses_the_server", "warning",
                        "pytest-asyncio's loop teardown"),
    "test_unittest.py": ("unittest", "test_unittest.HeartbeatTests.test_beats", "warning",
                         "unittest's IsolatedAsyncioTestCase"),
    "test_anyio.py": ("pytest", "test_anyio.py::test_schedules_a_flush[asyncio]", "warning", "anyio's test runner"),
}


def run_pytest(cwd, trace, *args, paths=()):
    environ = dict(os.environ)
    environ.pop("ASYNCTRACE_DB", None)
    environ["PYTHONPATH"] = os.pathsep.join([str(SRC), *map(str, paths)] + [p for p in [environ.get("PYTHONPATH")] if p])
    # As `asynctrace record` and an installed plugin do: pytester's inner sessions load the plugin too.
    environ["PYTEST_PLUGINS"] = "asynctrace.pytest_plugin"
    return run_python(["-m", "pytest", "-q", "-p", "no:cacheprovider", f"--asynctrace={trace}", *args], cwd=cwd,
                      env=environ)


def run_example(path, how, trace):
    if how == "script":
        return run_python([str(path)], cwd=path.parent, trace_path=trace)
    if how == "unittest":
        return run_python(["-m", "unittest", path.stem], cwd=path.parent, trace_path=trace)
    return run_pytest(path.parent, trace, path.name)


def findings(trace):
    run = subprocess.run([str(ANALYZER), "analyze", str(trace), "--format", "json"], capture_output=True, text=True)
    assert run.returncode in (0, 1), run.stderr
    return json.loads(run.stdout)


def alive_at_own_scope_end(trace):
    """(create_task line, kind of the scope it was alive at the end of) for each task_alive_at_scope_end fact."""
    return trace.rows("""
        SELECT s.line, sc.kind FROM events e JOIN event_kinds k ON k.id = e.kind AND k.name = 'task_alive_at_scope_end'
        JOIN tasks t ON t.id = e.task_id JOIN sites s ON s.id = t.site_id JOIN scopes sc ON sc.id = e.ref_id""")


def example_path(name):
    return EXAMPLES / name if name.startswith("task_left_running") else RUNNER_EXAMPLES / name


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_runner_example_leaves_exactly_its_task_running(name, tmp_path):
    how, test, severity, canceller = CASES[name]
    path = example_path(name)
    trace = tmp_path / "trace.db"
    run = run_example(path, how, trace)
    assert run.returncode == 0, run.stdout + run.stderr
    line = expected_line(path, RULE)
    facts = alive_at_own_scope_end(Trace(trace))
    assert line in [fact_line for fact_line, _ in facts], facts
    # The recorder's own wrappers (unittest's TestCase.run) are in no stack: no finding may blame them.
    assert Trace(trace).value("SELECT count(*) FROM sites WHERE stack LIKE ?", f"%{SRC}%") == 0
    if not analyzer_runs():
        return
    (finding,) = [f for f in findings(trace) if f["rule"] == RULE]
    assert (finding["file"].endswith(path.name), finding["line"], finding["test"], finding["severity"]) == (
        True, line, test, severity)
    assert f"then {canceller}" in finding["message"] or f"then cancelled by {canceller}" in finding["message"]
    if name == "test_module_loop.py":
        assert "it ran on through the next test" in finding["message"]
        assert any(r["role"] == "still running during" and r["test"].endswith("test_counts_nothing_new")
                   for r in finding["related"])
    if name == "test_fixture.py":
        assert "made by fixture server (module scope)" in finding["message"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_fixed_twin_leaves_nothing_running(name, tmp_path):
    how = CASES[name][0]
    path = example_path(name.replace(".py", "_fixed.py"))
    trace = tmp_path / "trace.db"
    run = run_example(path, how, trace)
    assert run.returncode == 0, run.stdout + run.stderr
    if analyzer_runs():
        assert [f for f in findings(trace) if f["rule"] == RULE] == []


@pytest.mark.parametrize("workers", XDIST[1:], ids=["xdist"])
def test_under_xdist_the_finding_names_the_test_and_line(tmp_path, workers):
    pytest.importorskip("xdist")
    trace = tmp_path / "trace.db"
    run = run_pytest(RUNNER_EXAMPLES, trace, *workers, "test_function_loop.py", "test_module_loop.py")
    assert run.returncode == 0, run.stdout + run.stderr
    assert sorted(line for line, kind in alive_at_own_scope_end(Trace(trace)) if kind == "call") == [16, 17]
    if analyzer_runs():
        found = sorted((f["test"], f["line"], f["severity"]) for f in findings(trace) if f["rule"] == RULE)
        assert found == [("test_function_loop.py::test_starts_a_flusher", 16, "warning"),
                         ("test_module_loop.py::test_starts_polling", 17, "error")]


@pytest.mark.skipif(sys.version_info < (3, 11), reason="asyncio.Runner is 3.11+")
def test_a_runner_judges_its_tasks_when_it_closes(record):
    run = record("""
        import asyncio

        async def tick():
            await asyncio.sleep(10)

        async def start():
            asyncio.create_task(tick())  # left for close() to cancel

        with asyncio.Runner() as runner:
            runner.run(start())
            runner.run(asyncio.sleep(0))
    """)
    assert run.returncode == 0, run.stderr
    (scope,) = run.trace.rows("SELECT kind, detail, name, loop_id IS NOT NULL, end_id IS NOT NULL FROM scopes")
    assert scope == ("runner", "asyncio.Runner", "start", 1, 1)
    assert [kind for _, kind in alive_at_own_scope_end(run.trace)] == ["runner"]
    if analyzer_runs():
        (finding,) = findings(run.trace.path)
        assert finding["rule"] == RULE and finding["line"] == 8
        assert "was still pending when the Runner closed; then cancelled by asyncio.Runner.close()" in finding["message"]


def test_a_task_a_library_makes_for_the_test_is_the_librarys(tmp_path):
    """anyio's process pool starts its own shutdown task from the test's call: the library's business, not a
    task the test left running. The test's own task beside it is reported, and its children with it."""
    library = tmp_path / "site-packages"
    library.mkdir()
    (library / "pool_lib.py").write_text(textwrap.dedent("""
        import asyncio

        async def _shutdown_on_exit():
            await asyncio.sleep(3600)

        def start_pool():
            return asyncio.get_running_loop().create_task(_shutdown_on_exit())
    """))
    (tmp_path / "test_pool.py").write_text(textwrap.dedent("""
        import asyncio

        import pytest

        import pool_lib

        async def serve():
            asyncio.create_task(asyncio.sleep(3600))  # a child: part of serve's story
            await asyncio.sleep(3600)

        @pytest.mark.asyncio
        async def test_uses_the_pool():
            pool_lib.start_pool()
            asyncio.create_task(serve())
            await asyncio.sleep(0.01)
    """))
    trace = tmp_path / "trace.db"
    run = run_pytest(tmp_path, trace, "test_pool.py", paths=[library])
    assert run.returncode == 0, run.stdout + run.stderr
    if analyzer_runs():
        (finding,) = findings(trace)
        assert (finding["rule"], finding["line"]) == (RULE, 15)
        assert "(serve) made by its test was still pending (with a task it started)" in finding["message"]


def test_pytester_sessions_sit_inside_the_outer_test_which_keeps_its_outcome(tmp_path):
    (tmp_path / "test_outer.py").write_text(textwrap.dedent("""
        pytest_plugins = ["pytester"]

        def test_runs_an_inner_session(pytester):
            pytester.makepyfile(test_inner='''
                import asyncio

                async def linger():
                    await asyncio.sleep(10)

                def test_inner_leaks():
                    async def main():
                        asyncio.create_task(linger())
                        await asyncio.sleep(0)
                    asyncio.run(main())

                def test_inner_fails():
                    assert False
            ''')
            pytester.runpytest_inprocess().assert_outcomes(passed=1, failed=1)

        def test_after():
            pass
    """))
    trace = tmp_path / "trace.db"
    run = run_pytest(tmp_path, trace, "test_outer.py")
    assert run.returncode == 0, run.stdout + run.stderr
    t = Trace(trace)
    outcomes = dict(t.rows("SELECT nodeid, outcome FROM tests"))
    assert outcomes == {"test_outer.py::test_runs_an_inner_session": "passed", "test_outer.py::test_after": "passed",
                        "test_inner.py::test_inner_leaks": "passed", "test_inner.py::test_inner_fails": "failed"}
    # The inner tests' scopes sit inside the outer test's call, through the inner session.
    chain = t.rows("""
        WITH RECURSIVE up(id, kind, name, parent_id) AS (
            SELECT id, kind, name, parent_id FROM scopes WHERE kind = 'test' AND name = 'test_inner.py::test_inner_leaks'
            UNION ALL SELECT s.id, s.kind, s.name, s.parent_id FROM scopes s JOIN up ON s.id = up.parent_id)
        SELECT kind, name FROM up""")
    assert [kind for kind, _ in chain] == ["test", "session", "call", "test", "session"]
    assert chain[3][1] == "test_outer.py::test_runs_an_inner_session"
    if analyzer_runs():
        (finding,) = findings(trace)
        assert (finding["rule"], finding["test"]) == (RULE, "test_outer.py::test_runs_an_inner_session")
        assert {"role": "made in the inner test", "test": "test_inner.py::test_inner_leaks"}.items() <= \
            next(r for r in finding["related"] if r["role"] == "made in the inner test").items()


def test_an_inner_session_that_failed_to_start_holds_no_later_test(tmp_path):
    """pytest skips the sessionfinish of a session whose start another plugin failed (pytest-asyncio's
    test_invalid_asyncio_mode): its scope must end anyway, or the outer session's later tests sit inside it and
    the run reads as never having finished its session."""
    (tmp_path / "test_outer.py").write_text(textwrap.dedent("""
        pytest_plugins = ["pytester"]

        def test_inner_start_fails(pytester):
            pytester.makeconftest("def pytest_sessionstart(session):\\n    raise RuntimeError('no start')")
            pytester.makepyfile(test_inner="def test_never_runs():\\n    pass")
            assert pytester.runpytest_inprocess().ret != 0

        def test_after():
            pass
    """))
    trace = tmp_path / "trace.db"
    run = run_pytest(tmp_path, trace, "test_outer.py")
    assert run.returncode == 0, run.stdout + run.stderr
    t = Trace(trace)
    assert t.value("SELECT count(*) FROM gaps") == 0
    assert t.value("SELECT count(*) FROM scopes WHERE end_id IS NULL") == 0
    parent = t.value("""SELECT p.kind || ' ' || coalesce(p.parent_id, '-') FROM scopes s JOIN scopes p ON p.id = s.parent_id
                        WHERE s.kind = 'test' AND s.name = 'test_outer.py::test_after'""")
    assert parent == "session -"


@pytest.mark.parametrize("workers", XDIST, ids=["one process", "xdist"])
def test_a_coroutine_collected_during_the_next_test_is_blamed_on_the_test_that_made_it(tmp_path, workers):
    if workers:
        pytest.importorskip("xdist")
    (tmp_path / "test_collected_later.py").write_text(textwrap.dedent("""
        import asyncio
        import gc

        async def save():
            pass

        kept = []

        def test_makes_it():
            async def main():
                cycle = [save()]  # never awaited
                cycle.append(cycle)
            asyncio.run(main())

        def test_collects_it():
            gc.collect()
    """))
    trace = tmp_path / "trace.db"
    run = run_pytest(tmp_path, trace, "-W", "ignore::RuntimeWarning", *workers, "test_collected_later.py")
    assert run.returncode == 0, run.stdout + run.stderr
    t = Trace(trace)
    (test,) = t.rows("""
        SELECT t.nodeid FROM events e JOIN event_kinds k ON k.id = e.kind AND k.name = 'coroutine_never_awaited'
        JOIN tests t ON t.id = e.test_id""")
    assert test == ("test_collected_later.py::test_makes_it",)
    if analyzer_runs():
        (finding,) = findings(trace)
        assert (finding["rule"], finding["test"], finding["line"]) == (
            "leaked-coroutine", "test_collected_later.py::test_makes_it", 12)
