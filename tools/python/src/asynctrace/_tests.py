"""pytest tests: the current test of every row, and whether pytest ran its tests at all (the pytest plugin
calls these)."""

import os
import sys
import time

# pytest's exit statuses for a session that ran what it was asked to: all passed, some failed, none collected.
# Any other (interrupted, internal error, usage error) means tests it was asked to run never ran.
_SESSION_RAN = (0, 1, 5)


class Tests:
    """The recorder's test bookkeeping (a part of Recorder)."""

    def test_started(self, nodeid):
        w = self.writer
        test_id = w.new_id()
        # A test can run a session of its own (pytester): its tests run inside it, and it goes on after them.
        self.outer_tests.append((self.current_test, self.current_test_row))
        self.current_test_row = (test_id, w.process_id, nodeid, None, time.monotonic_ns(), None)
        w.rows["tests"].extend(self.current_test_row)
        self.current_test = test_id
        return test_id

    def test_finished(self, test_id, outcome):
        row = self.current_test_row
        if self.current_test == test_id and row is not None:
            self.writer.rows["tests"].extend(row[:3] + (outcome, row[4], time.monotonic_ns()))
            self.current_test, self.current_test_row = self.outer_tests.pop() if self.outer_tests else (None, None)
        self.writer.flush()

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
