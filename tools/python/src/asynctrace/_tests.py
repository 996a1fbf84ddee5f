"""pytest tests: the current test of every row (the pytest plugin calls these)."""

import time


class Tests:
    """The recorder's test bookkeeping (a part of Recorder)."""

    def test_started(self, nodeid):
        w = self.writer
        test_id = w.new_id()
        self.current_test_row = (test_id, w.process_id, nodeid, None, time.monotonic_ns(), None)
        w.rows["tests"].extend(self.current_test_row)
        self.current_test = test_id
        return test_id

    def test_finished(self, test_id, outcome):
        row = self.current_test_row
        if self.current_test == test_id and row is not None:
            self.writer.rows["tests"].extend(row[:3] + (outcome, row[4], time.monotonic_ns()))
        self.current_test = None
        self.current_test_row = None
        self.writer.flush()
