"""The trace writer on its own: buffered rows reach the file whole and in order, however many there are."""
import sqlite3

import pytest

from asynctrace._writer import BATCH_ROWS, TraceWriter


@pytest.mark.parametrize("count", [1, BATCH_ROWS - 1, BATCH_ROWS, 3 * BATCH_ROWS + 7])
def test_rows_written_whole_and_in_order(tmp_path, count):
    writer = TraceWriter(str(tmp_path / "trace.db"))
    for n in range(count):
        writer.rows["task_ends"].extend((n, 1000 + n, n % 3, f"E{n}" if n % 3 == 1 else None))
        writer.events.extend((n, 18, writer.process_id, None, None, n, None, None, None, n, f"name {n}"))
    writer.close()
    conn = sqlite3.connect(tmp_path / "trace.db")
    assert conn.execute("SELECT * FROM task_ends ORDER BY task_id").fetchall() == [
        (n, 1000 + n, n % 3, f"E{n}" if n % 3 == 1 else None) for n in range(count)]
    assert conn.execute("SELECT ts, arg, detail FROM events ORDER BY id").fetchall() == [
        (n, n, f"name {n}") for n in range(count)]
