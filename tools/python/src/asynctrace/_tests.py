"""pytest tests: the current test of every row (the pytest plugin calls these)."""

import time


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
