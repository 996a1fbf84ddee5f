"""The bundled examples: each mistake is recorded where it happens, each fixed version records none, and
every example prints the same output and exits the same way traced and untraced."""
import sys

import pytest

from conftest import EXAMPLES, expected_line, normalized, run_python

# example -> {event kind: (arg, field that must point at the marked line, None: checked below)}
EXPECTED = {
    "leaked_coroutine": ("leaked-coroutine", {"coroutine_never_awaited": (0, "line")}),
    "cancel_then_close": ("cancelled-unfinished", {"task_pending_at_close": (1, "task_line")}),
    "pending_at_close": ("pending-at-close", {"task_pending_at_close": (0, "task_line")}),
    "task_destroyed_pending": ("task-destroyed-pending", {"task_destroyed_pending": (0, "task_line")}),
    "cross_loop_future": ("cross-loop-await", {"cross_loop_await": (None, "line")}),
    "cross_thread_call": ("cross-thread-call", {"cross_thread_call": (None, "line")}),
    "exception_never_retrieved": ("exception-never-retrieved",
                                  {"exception_never_retrieved": (None, "task_line")}),
    "blocking_callback": ("blocking-callback", {"loop_blocked": (None, None)}),
    "closed_loop_call": ("closed-loop-call", {"closed_loop_call": (0, "line")}),
    "asyncgen_not_closed": ("asyncgen-not-closed", {"asyncgen_finalized": (0, "line")}),
    "transport_left_open": ("transport-left-open", {"transport_left_open": (None, "line")}),
    "task_left_running": ("task-left-running", {"task_alive_at_scope_end": (0, "task_line")}),
}
EXAMPLE_NAMES = sorted(p.stem for p in EXAMPLES.glob("*.py") if p.stem != "all")
NEEDS_311 = {"pending_at_close_fixed"}  # asyncio.TaskGroup


def skip_if_unsupported(name):
    if name in NEEDS_311 and sys.version_info < (3, 11):
        pytest.skip("asyncio.TaskGroup needs Python 3.11")


def test_every_mistake_has_a_fixed_version():
    for name in EXPECTED:
        assert f"{name}_fixed" in EXAMPLE_NAMES


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_example_records_exactly_its_mistake(name, tmp_path):
    skip_if_unsupported(name)
    path = EXAMPLES / f"{name}.py"
    run = run_python([str(path)], cwd=EXAMPLES, trace_path=tmp_path / "trace.db")
    assert run.returncode == 0, run.stderr
    rule, expected = EXPECTED.get(name, (None, {}))
    # A task still pending when main() returns is a fact of its own, a finding only if the program made it
    # (asyncio.run's shutdown closes an abandoned async generator in a task of asyncio's).
    kinds = run.trace.kinds()
    if "task_alive_at_scope_end" not in expected and name == "asyncgen_not_closed":
        kinds.pop("task_alive_at_scope_end")
    assert kinds == {kind: 1 for kind in expected}
    for kind, (arg, field) in expected.items():
        (event,) = run.trace.events(kind)
        if arg is not None:
            assert event["arg"] == arg, kind
        if field is not None:
            assert event[field] == expected_line(path, rule), kind
        assert (event["file"] or event["task_file"]) == str(path)
    if name == "exception_never_retrieved":
        (event,) = run.trace.events("exception_never_retrieved")
        assert run.trace.rows("SELECT outcome, exception FROM task_outcomes WHERE task_id = ?", event["task_id"]) \
            == [(1, "ConnectionError")]  # the same task that failed, not a second record of it
    if name == "blocking_callback":  # stuck in load_config; its stack reaches main's call, the blamed line
        (event,) = run.trace.events("loop_blocked")
        assert (event["line"], event["function"]) == (7, "load_config")
        stack = run.trace.value("SELECT stack FROM sites WHERE id = ?", event["site_id"]).splitlines()
        assert stack[-1] == f"{path}:{expected_line(path, rule)}:main"
    if name == "cross_thread_call":
        assert run.trace.events("cross_thread_call")[0]["detail"] == "Future.set_result"


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_example_behaves_the_same_traced(name, tmp_path):
    skip_if_unsupported(name)
    path = str(EXAMPLES / f"{name}.py")
    untraced = run_python([path], cwd=EXAMPLES)
    traced = run_python([path], cwd=EXAMPLES, trace_path=tmp_path / "trace.db")
    assert traced.returncode == untraced.returncode
    assert traced.stdout == untraced.stdout
    assert normalized(traced.stderr) == normalized(untraced.stderr)
    assert traced.trace is not None and traced.trace.value("SELECT count(*) FROM processes") == 1
