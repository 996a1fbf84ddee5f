"""pytest plugin: `pytest --asynctrace=trace.db` records the run and tags every event with its test.

Loaded by the `pytest11` entry point when installed, by `-p asynctrace.pytest_plugin`, or through
PYTEST_PLUGINS when `asynctrace record` runs pytest. Without --asynctrace and without ASYNCTRACE_DB it
does nothing.
"""

import os

import pytest

import asynctrace


def pytest_addoption(parser):
    group = parser.getgroup("asynctrace", "asyncio lifecycle tracing")
    group.addoption("--asynctrace", metavar="PATH", default=None,
                    help="record asyncio task lifecycle events of this run into the SQLite trace PATH")


def pytest_configure(config):
    path = config.getoption("asynctrace")
    if path and asynctrace.active_recorder() is None:
        path = os.path.abspath(path)
        if "PYTEST_XDIST_WORKER" not in os.environ:  # workers join the controller's fresh trace
            for suffix in ("", "-wal", "-shm"):
                try:
                    os.remove(path + suffix)
                except FileNotFoundError:
                    pass
        os.environ[asynctrace.ENV_VAR] = path  # subprocesses and xdist workers record too
        asynctrace.start(path)


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_protocol(item, nextitem):
    recorder = asynctrace.active_recorder()
    if recorder is None:
        yield
        return
    test_id = recorder.test_started(item.nodeid)
    item.stash[_outcome_key] = "passed"
    try:
        yield
    finally:
        recorder.test_finished(test_id, item.stash.get(_outcome_key, None))


_outcome_key = pytest.StashKey()


def pytest_terminal_summary(terminalreporter, config):
    """pytest captures stderr per test, so a recorder that stopped during one would be heard by nobody:
    what the trace says it missed (in any process of the run, xdist workers included) is said here."""
    recorder = asynctrace.active_recorder()
    if recorder is None or "PYTEST_XDIST_WORKER" in os.environ:
        return
    recorder.writer.flush()
    for line in recorder.writer.gap_lines():
        terminalreporter.write_line(f"asynctrace: warning: trace incomplete: {line}", yellow=True)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    previous = item.stash.get(_outcome_key, "passed")
    if report.failed:
        item.stash[_outcome_key] = "failed"
    elif report.skipped and previous == "passed":
        item.stash[_outcome_key] = "skipped"
