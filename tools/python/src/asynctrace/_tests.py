"""pytest tests: the current test of every row, and whether pytest ran its tests at all (the pytest plugin
calls these)."""

import os
import sys

from ._scopes import TEST, _contained
from ._writer import FLUSH_AGE_NS

# pytest's exit statuses for a session that ran what it was asked to: all passed, some failed, none collected.
# Any other (interrupted, internal error, usage error) means tests it was asked to run never ran.
_SESSION_RAN = (0, 1, 5)


class Tests:
    """The recorder's test bookkeeping (a part of Recorder)."""

    @_contained
    def test_started(self, name, runner="pytest"):
        """A test attempt begins: its tests row and its scope (returned; test_finished takes it). A test can run
        tests of its own (pytester's sessions, a TestCase run by a test): they run inside it."""
        w = self.writer
        test_id = w.new_id()
        scope = self.scope_started(TEST, name, runner, test_id=test_id)
        w.rows["tests"].extend((test_id, w.process_id, name, None, scope.start_ns, None))
        self.current_test = test_id
        return scope

    @_contained
    def test_finished(self, scope, outcome):
        if scope is None or scope.end_id is not None:
            return
        self.note_young_coroutines()
        self.scope_ended(scope)
        w = self.writer
        w.rows["tests"].extend((scope.test_id, w.process_id, scope.name, outcome, scope.start_ns, scope.end_ns))
        tests = [s.test_id for s in self.open_scopes if s.kind == TEST]
        self.current_test = tests[-1] if tests else None
        # Written as every row is, once the buffer is FLUSH_AGE_NS old: a commit per test cost a suite of
        # short unittest tests (test_asyncio) a millisecond each.
        if scope.end_ns - w.last_flush_ns > FLUSH_AGE_NS:
            w.flush()

    def pytest_session_ended(self, exitstatus, description):
        """A session that stopped short of its tests leaves a trace that would otherwise read as clean."""
        self.pytest_sessions_ended += 1
        if exitstatus not in _SESSION_RAN and not self.started_by_a_recorded_process():
            self.writer.write_gap("tests_not_run", "pytest", f"pytest's session ended early ({description}): "
                                  "the tests it did not run are not in this trace", self.current_test)

    def check_pytest_ran(self):
        """At exit: pytest as the program (`python -m pytest`, the `pytest` command) that never ended a session
        stopped at start-up (an error loading a plugin or conftest, a warning turned into an error), before
        the plugin could say so. A forked child inherits __main__, not the session."""
        main = sys.modules.get("__main__")
        spec = getattr(main, "__spec__", None)
        is_pytest = (getattr(spec, "name", None) == "pytest.__main__"
                     or os.path.basename(getattr(main, "__file__", None) or "") in ("pytest", "py.test"))
        if is_pytest and not self.forked and not self.pytest_sessions_ended and not self.started_by_a_recorded_process():
            self.writer.write_gap("tests_not_run", "pytest", "pytest stopped before its test session began (see "
                                  "its output): none of the tests it was asked to run are in this trace")

    def started_by_a_recorded_process(self):
        """A pytest that a recorded process started (a test's pytester subprocess, an xdist worker) ran for
        that process, whose own outcome says what it ran: only a pytest started from outside the recording
        speaks for the run."""
        try:
            return self.writer.parent_is_recorded()
        except Exception:  # unknown: say that the tests did not run, rather than nothing
            return False
