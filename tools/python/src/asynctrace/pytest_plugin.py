"""pytest plugin: `pytest --asynctrace=trace.db` records the run, tags every event with its test and, at the
end of the session, reports what the analyzer found in the run's own terminal summary (grouped by test; with
-q one line a finding, with -qq the totals only; identical findings once, with their count) and fails the
session with --asynctrace-fail-on.

Loaded by the `pytest11` entry point when installed, by `-p asynctrace.pytest_plugin`, or through
PYTEST_PLUGINS when `asynctrace record` runs pytest (which then reports itself). Without --asynctrace and
without ASYNCTRACE_DB it does nothing.
"""

import inspect
import os

import pytest

import asynctrace
from asynctrace import LEVEL_VAR, LEVELS, _analyzer
from asynctrace._scopes import CALL, FIXTURE, SESSION, SETUP, TEARDOWN
from asynctrace._trace_file import TraceRefused, start_new

FAIL_ON = ("error", "warning", "none")
REPORT_FORMATS = ("html", "sarif", "junit", "csv", "json")


def pytest_addoption(parser):
    group = parser.getgroup("asynctrace", "asyncio lifecycle tracing")
    group.addoption("--asynctrace", metavar="PATH", default=None,
                    help="record asyncio task lifecycle events of this run into the SQLite trace PATH")
    group.addoption("--asynctrace-level", choices=LEVELS, default=None,
                    help="full (the default): every task in the trace; lean: tasks that ended with a result, were "
                         "never cancelled, made no task and that nothing names are counted by site, not stored")
    group.addoption("--asynctrace-fail-on", choices=FAIL_ON, default=None,
                    help="fail the session when the trace has a finding of this severity (warning: any "
                         "finding), or is incomplete; default none: the session's outcome is pytest's")
    group.addoption("--asynctrace-report", metavar="FORMAT:PATH", action="append", default=[],
                    help=f"also write a report ({', '.join(REPORT_FORMATS)}) of the trace; repeatable")
    group.addoption("--asynctrace-baseline", metavar="FILE", default=None,
                    help="report and fail only on findings not in this baseline (asynctrace baseline TRACE -o FILE)")
    parser.addini("asynctrace_baseline", "default of --asynctrace-baseline")
    parser.addini("asynctrace_level", f"default of --asynctrace-level (else ${LEVEL_VAR}, else full)")
    parser.addini("asynctrace_fail_on", "default of --asynctrace-fail-on", default="none")
    parser.addini("asynctrace_report", "default of --asynctrace-report, one FORMAT:PATH a line", type="linelist")


def _reports(config):
    reports = []
    for entry in config.getoption("asynctrace_report") or config.getini("asynctrace_report"):
        fmt, _, path = entry.partition(":")
        if fmt not in REPORT_FORMATS or not path:
            raise pytest.UsageError(f"--asynctrace-report wants FORMAT:PATH with FORMAT one of "
                                    f"{', '.join(REPORT_FORMATS)}, not {entry!r}")
        reports.append((fmt, os.path.abspath(path)))
    return reports


def pytest_configure(config):
    path = config.getoption("asynctrace")
    fail_on = config.getoption("asynctrace_fail_on") or config.getini("asynctrace_fail_on")
    if fail_on not in FAIL_ON:
        raise pytest.UsageError(f"asynctrace_fail_on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    baseline = config.getoption("asynctrace_baseline") or config.getini("asynctrace_baseline") or None
    level = config.getoption("asynctrace_level") or config.getini("asynctrace_level") or None
    if level is not None and level not in LEVELS:
        raise pytest.UsageError(f"asynctrace_level must be one of {', '.join(LEVELS)}, not {level!r}")
    config.pluginmanager.register(_RunScopes(), "asynctrace-scopes")
    config.stash[_session_key] = _Session(path and os.path.abspath(path), fail_on, _reports(config),
                                          baseline and os.path.abspath(baseline))
    if path and asynctrace.active_recorder() is None:
        path = os.path.abspath(path)
        if "PYTEST_XDIST_WORKER" not in os.environ:  # workers join the controller's fresh trace
            _recording_locks.append(_start_trace(path))
        os.environ[asynctrace.ENV_VAR] = path  # subprocesses and xdist workers record too
        if level is not None:  # else $ASYNCTRACE_LEVEL as it is: the writer reads it
            os.environ[LEVEL_VAR] = level
        asynctrace.start(path)


# The locks of the recordings this process started: held (never closed) until the process ends.
_recording_locks = []


def _start_trace(path):
    """A new trace at path, or a one-line usage error: the option must never eat a test path
    (`--asynctrace tests/test_app.py` takes the test file for the trace)."""
    if path.endswith(".py"):
        raise pytest.UsageError(f"--asynctrace {path}: a trace path, not a test file (write --asynctrace=PATH.db)")
    try:
        return start_new(path)
    except TraceRefused as e:
        raise pytest.UsageError(f"--asynctrace: {e}") from None


class _RunScopes:
    """The scopes of one pytest session: the session, each test attempt, its phases and the fixtures set up
    for it. One per Config (pytester runs sessions inside a test, each with its own Config), registered as a
    plugin of that Config, so that no state is shared between the sessions of one process."""

    def __init__(self):
        self.session = None
        self.attempts = []  # the test attempts running, innermost last
        self.fixtures = {}  # fixturedef -> the scope of its current setup

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionstart(self, session):
        recorder = asynctrace.active_recorder()
        if recorder is not None:
            self.session = recorder.scope_started(SESSION, str(session.config.rootpath))

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session, exitstatus):
        recorder = asynctrace.active_recorder()
        if recorder is None or self.session is None:
            return
        self._end_scopes(recorder)  # session fixtures are finished before this hook
        if SESSION not in [scope.kind for scope in recorder.open_scopes]:
            # How a session inside a test (pytester's) ends is that test's business.
            recorder.pytest_session_ended(int(exitstatus), _describe(exitstatus))

    def pytest_unconfigure(self, config):
        """A session whose start another plugin failed (pytest then skips its sessionfinish, but always
        unconfigures) must not stay open: it would hold every later test of the outer session."""
        recorder = asynctrace.active_recorder()
        if recorder is not None:
            self._end_scopes(recorder)

    def _end_scopes(self, recorder):
        """The fixtures still set up, then the session (each ends once)."""
        for scope in [*self.fixtures.values(), self.session]:
            recorder.scope_ended(scope)

    @pytest.hookimpl(hookwrapper=True, tryfirst=True)
    def pytest_runtest_protocol(self, item, nextitem):
        recorder = asynctrace.active_recorder()
        if recorder is None:
            yield
            return
        attempt = _Attempt(recorder, item.nodeid)
        self.attempts.append(attempt)
        try:
            yield
        finally:
            self.attempts.pop()
            attempt.finish()

    @pytest.hookimpl(hookwrapper=True, tryfirst=True)
    def pytest_runtest_setup(self, item):
        yield from self._phase(SETUP, item)

    @pytest.hookimpl(hookwrapper=True, tryfirst=True)
    def pytest_runtest_call(self, item):
        yield from self._phase(CALL, item)

    @pytest.hookimpl(hookwrapper=True, tryfirst=True)
    def pytest_runtest_teardown(self, item, nextitem):
        yield from self._phase(TEARDOWN, item)

    def _phase(self, kind, item):
        recorder = asynctrace.active_recorder()
        scope = recorder.scope_started(kind, item.nodeid) if recorder is not None else None
        try:
            yield
        finally:
            if scope is not None:
                recorder.scope_ended(scope)

    @pytest.hookimpl(hookwrapper=True, tryfirst=True)
    def pytest_fixture_setup(self, fixturedef, request):
        recorder = asynctrace.active_recorder()
        scope = None if recorder is None or not recorder.enabled else recorder.scope_started(
            FIXTURE, fixturedef.argname, fixturedef.scope, site_id=_definition_site(recorder, fixturedef.func))
        if scope is None:
            yield
            return
        self.fixtures[fixturedef] = scope
        try:
            yield
        finally:
            scope.ready_id = recorder.writer.new_id()

    def pytest_fixture_post_finalizer(self, fixturedef, request):
        scope = self.fixtures.pop(fixturedef, None)
        recorder = asynctrace.active_recorder()
        if scope is not None and recorder is not None:
            recorder.scope_ended(scope)

    def _running_attempt(self, nodeid):
        """The attempt of the item this session runs, if the report is about it (an xdist controller is only
        told about its workers' items)."""
        return self.attempts[-1] if self.attempts and self.attempts[-1].nodeid == nodeid else None

    def pytest_runtest_logstart(self, nodeid, location):
        attempt = self._running_attempt(nodeid)
        if attempt is not None and attempt.scope is None:
            attempt.start()

    def pytest_runtest_logreport(self, report):
        attempt = self._running_attempt(report.nodeid)
        if attempt is not None:
            attempt.report(report)


def _definition_site(recorder, function):
    """The site of a fixture's own function (under the wrappers of plugins such as pytest-asyncio)."""
    try:
        function = inspect.unwrap(function)
    except ValueError:  # a cycle of __wrapped__: the outermost function stands
        pass
    code = getattr(function, "__code__", None)
    return None if code is None else recorder.sites.intern(((code.co_filename, code.co_firstlineno, code.co_name),))


class _Attempt:
    """The tests row and scope of the item a session runs: one per run of it. pytest-rerunfailures runs a
    failed item again within one protocol and logs the failed run's reports as `rerun`: that ends the row
    (outcome `rerun`), and the item's next run (its next pytest_runtest_logstart) starts another."""

    def __init__(self, recorder, nodeid):
        self.recorder = recorder
        self.nodeid = nodeid
        self.start()

    def start(self):
        self.scope = self.recorder.test_started(self.nodeid)
        self.outcome = "passed"

    def report(self, report):
        """The outcome of one phase as logged, i.e. after plugins such as pytest-rerunfailures decided it."""
        if self.scope is None:
            return
        if report.outcome == "rerun":
            self.outcome = "rerun"
            self.finish()
        elif report.failed:
            self.outcome = "failed"
        elif report.skipped and self.outcome == "passed":
            self.outcome = "skipped"

    def finish(self):
        if self.scope is not None:
            self.recorder.test_finished(self.scope, self.outcome)
            self.scope = None


class _Session:
    """What the end of a session reports: set up in pytest_configure, analysed in pytest_sessionfinish."""

    def __init__(self, trace, fail_on, reports, baseline):
        self.trace = trace  # None: --asynctrace was not given (recording, if any, is `asynctrace record`'s)
        self.fail_on = fail_on
        self.reports = reports
        self.baseline = baseline
        self.analysis = None
        self.notes = []  # lines for the summary: why there is no analysis, reports not written
        self.failure = None  # why asynctrace failed the session


_session_key = pytest.StashKey()


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    """After the last test (and, under xdist, after every worker has closed its part of the trace): the
    trace is finished as at exit, analysed once, and the session fails if --asynctrace-fail-on says so."""
    state = session.config.stash.get(_session_key, None)
    recorder = asynctrace.active_recorder()
    if state is None or state.trace is None or recorder is None or "PYTEST_XDIST_WORKER" in os.environ:
        return
    recorder.at_exit()  # what is left pending or unawaited now is reported, and the trace closed
    analyzer = _analyzer.find()
    baseline = ("--baseline", state.baseline) if state.baseline else ()
    analysis = _analyzer.analyze(analyzer, state.trace, *baseline) if analyzer is not None else None
    if analysis is None or analysis.error:
        state.notes.append(f"the analyzer failed: {analysis.error}" if analysis is not None else
                           f"no asynctrace analyzer found (install the asynctrace wheel, or build the checkout, "
                           f"or set {_analyzer.ENV_VAR}); the run was recorded in {state.trace}")
        # What the recorder itself knows it missed, since no analyzer says it.
        for line in recorder.writer.gap_lines():
            state.notes.append(f"asynctrace: warning: trace incomplete: {line}")
        if state.fail_on != "none":  # a gate that cannot look never says the run is clean
            state.failure = "no analyzer could check the trace"
            if session.exitstatus == pytest.ExitCode.OK:
                session.exitstatus = pytest.ExitCode.TESTS_FAILED
        return
    state.analysis = analysis
    for fmt, path in state.reports:
        problem = _analyzer.report(analyzer, state.trace, fmt, path)
        state.notes.append(f"{fmt} report: {path}" if problem is None else f"{fmt} report not written: {problem}")
    failing = [f for f in analysis.findings if state.fail_on == "warning" or f["severity"] == state.fail_on]
    if state.fail_on != "none":
        if failing:
            state.failure = f"{len(failing)} asyncio lifecycle finding{'s' if len(failing) != 1 else ''} of " \
                            f"severity {'warning or error' if state.fail_on == 'warning' else 'error'}"
        elif analysis.incomplete:
            state.failure = "the trace is incomplete: asynctrace cannot say the run is clean"
    if state.failure and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def _describe(exitstatus):
    try:
        return f"exit status {int(exitstatus)}, {pytest.ExitCode(exitstatus).name.lower().replace('_', ' ')}"
    except ValueError:  # a plugin's own status
        return f"exit status {int(exitstatus)}"


def pytest_terminal_summary(terminalreporter, config):
    """Findings grouped by test, as `file:line rule message`, then the totals and the trace. With -q one line
    a finding, as pytest's short test summary writes a test: `test file:line rule message`; with -qq only the
    totals. Identical findings (same rule, file and line, same message) are one line with their count, the
    first one's test named: in a test with -q and by default, across tests with -q. What the recorder missed
    is said here too: pytest captures stderr per test, so a recorder that stopped during one would be heard by
    nobody. Every line is terminal-safe: task names and exception messages are the program's text."""
    state = config.stash.get(_session_key, None)
    if state is None or state.trace is None or "PYTEST_XDIST_WORKER" in os.environ:
        return

    def write(line, **markup):
        terminalreporter.write_line(_terminal_safe(line), **markup)

    def write_finding(prefix, entry):
        f = entry.first
        write(f"{prefix}{f.get('file') or '?'}:{f.get('line') or '?'} {f['rule']} {f['message']}{entry.repetition}",
              red=f["severity"] == "error", yellow=f["severity"] == "warning")

    analysis = state.analysis
    findings = analysis.findings if analysis is not None else []
    errors = sum(f["severity"] == "error" for f in findings)
    total = (f"{len(findings)} finding{'s' if len(findings) != 1 else ''} ({errors} error"
             f"{'s' if errors != 1 else ''}, {len(findings) - errors} warning{'s' if len(findings) - errors != 1 else ''})")
    if terminalreporter.verbosity < 0:
        if terminalreporter.verbosity == -1:
            for entry in _folded(findings):
                write_finding(f"{entry.first.get('test') or '(outside tests)'} ", entry)
        if analysis is not None:
            write(f"asynctrace: {total}; trace: {state.trace}")
    else:
        terminalreporter.write_sep("=", "asynctrace")
        by_test = {}
        for finding in findings:
            by_test.setdefault(finding.get("test") or "(outside tests)", []).append(finding)
        for test, group in by_test.items():
            write(test)
            for entry in _folded(group):
                write_finding("  ", entry)
        if analysis is not None:
            write(f"{total} in {len(by_test)} test{'s' if len(by_test) != 1 else ''}; trace: {state.trace}"
                  if findings else f"no findings; trace: {state.trace}")
    for line in (analysis.warnings + analysis.notes if analysis is not None else []) + state.notes:
        write(line, yellow=True)
    if state.failure:
        write(f"asynctrace: failing the session: {state.failure} (--asynctrace-fail-on={state.fail_on})", red=True)


class _Entry:
    """Findings that read the same: the first, how many there are, and the tests of the others."""

    def __init__(self, first):
        self.first = first
        self.count = 1
        self.other_tests = set()

    @property
    def repetition(self):
        """` (12 times, in 3 more tests)`, as the analyzer's text output says it; nothing for one finding."""
        if self.count == 1:
            return ""
        tests = len(self.other_tests)
        noun = "test" if tests == 1 else "tests"
        if not tests:
            more = ""
        elif self.first.get("test") is None:
            more = f", also in {tests} {noun}"
        else:
            more = f", in {tests} more {noun}"
        return f" ({self.count} times{more})"


def _folded(findings):
    """One entry for each distinct (rule, file, line, message), in the order of their first findings."""
    entries = {}
    for f in findings:
        key = (f["rule"], f.get("file"), f.get("line"), f["message"])
        entry = entries.get(key)
        if entry is None:
            entries[key] = _Entry(f)
            continue
        entry.count += 1
        if f.get("test") is not None and f.get("test") != entry.first.get("test"):
            entry.other_tests.add(f["test"])
    return list(entries.values())


# What a terminal acts on instead of showing, written as Python's repr writes it, as the analyzer's
# String.terminalSafe does: control characters, line and paragraph separators, bidirectional controls.
_TERMINAL_ESCAPES = {
    code: {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}.get(code, f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
    for code in (*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029,
                 0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
}


def _terminal_safe(text):
    """`text` with every character a terminal would act on (erase a line, ring, start a line) escaped."""
    return text.translate(_TERMINAL_ESCAPES)
