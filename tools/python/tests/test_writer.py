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


def _task_row(writer, tid, site=7):
    from asynctrace._writer import PENDING

    return (tid, writer.process_id, 5, 0, f"Task-{tid}", "work", site, 3, 0, 100 + tid, 0, PENDING, "")


@pytest.mark.parametrize("lean", [False, True], ids=["full", "lean"])
def test_an_end_goes_into_its_row_until_a_flush_takes_the_row(tmp_path, lean):
    writer = TraceWriter(str(tmp_path / "trace.db"))
    writer.lean = lean
    for tid in (1, 2, 3):
        writer.task_made(_task_row(writer, tid))
    writer.task_ended(1, 500, 0, "")  # ended with a result while its row waits: in the row (lean: counted)
    writer.task_ended(2, 600, 1, "ValueError")
    writer.flush()  # 3 is written running
    writer.task_ended(3, 700, 2, "")
    writer.close()
    conn = sqlite3.connect(tmp_path / "trace.db")
    rows = conn.execute("SELECT id, ended_ns, outcome, exception FROM tasks ORDER BY id").fetchall()
    assert rows == ([] if lean else [(1, 500, 0, None)]) + [(2, 600, 1, "ValueError"), (3, None, None, None)]
    assert conn.execute("SELECT * FROM task_ends").fetchall() == [(3, 700, 2, None)]
    assert conn.execute("SELECT loop_id, site_id, test_id, tasks FROM task_counts").fetchall() == (
        [(5, 7, None, 1)] if lean else [])


def test_the_lean_level_writes_the_tasks_that_are_named_or_made_others(tmp_path):
    writer = TraceWriter(str(tmp_path / "trace.db"))
    writer.lean = True
    writer.task_made(_task_row(writer, 1))
    child = list(_task_row(writer, 2))
    child[3] = 1  # made by task 1
    writer.task_made(tuple(child))
    writer.task_made(_task_row(writer, 3))
    writer.keep_task(3)  # an event names it
    for tid in (1, 2, 3):
        writer.task_ended(tid, 900 + tid, 0, "")
    writer.close()
    conn = sqlite3.connect(tmp_path / "trace.db")
    assert conn.execute("SELECT id, outcome FROM tasks ORDER BY id").fetchall() == [(1, 0), (3, 0)]
    assert conn.execute("SELECT sum(tasks) FROM task_counts").fetchone() == (1,)


def test_a_flush_that_finds_another_under_way_has_its_rows_written_by_that_one(tmp_path):
    """The watchdog thread flushes rows that waited too long while the loop's thread may flush too: the one
    that cannot take the lock returns at once, and the thread that holds it writes the rows of both before it
    lets go, so a process killed the moment after has lost none. A flush asked to wait writes its own."""
    import threading

    writer = TraceWriter(str(tmp_path / "trace.db"))
    inside, go_on = threading.Event(), threading.Event()
    flush_held, held_by = writer.flush_held, []

    def slow_flush_held():  # its rows taken and written, it still holds the lock a while
        held_by.append(threading.current_thread().name)
        flush_held()
        if len(held_by) == 1:
            inside.set()
            go_on.wait(10)

    writer.flush_held = slow_flush_held
    writer.task_made(_task_row(writer, 1))
    other = threading.Thread(target=writer.flush, name="watchdog")
    other.start()
    assert inside.wait(10)
    writer.task_made(_task_row(writer, 2))  # after the other flush took the rows it writes
    writer.flush()  # returns without waiting
    assert held_by == ["watchdog"]
    conn = sqlite3.connect(tmp_path / "trace.db")
    assert conn.execute("SELECT id FROM tasks ORDER BY id").fetchall() == [(1,)]
    go_on.set()
    other.join(10)
    assert held_by == ["watchdog", "watchdog"]
    assert conn.execute("SELECT id FROM tasks ORDER BY id").fetchall() == [(1,), (2,)]

    writer.task_made(_task_row(writer, 3))
    held_by.clear()
    go_on.clear()
    other = threading.Thread(target=writer.flush, name="watchdog")
    other.start()
    assert inside.wait(10)
    threading.Timer(0.2, go_on.set).start()
    writer.task_made(_task_row(writer, 4))
    writer.flush(wait_s=5)  # waits for the other flush: its row is written when it returns
    assert conn.execute("SELECT id FROM tasks ORDER BY id").fetchall() == [(1,), (2,), (3,), (4,)]
    other.join(10)
    writer.close()


def test_close_writes_the_last_rows_before_the_end_while_another_thread_holds_the_writer(tmp_path):
    """At exit another thread (a loop's, or the watchdog's) may be flushing. close() used to flush without
    waiting, leaving its rows to that thread, and then write the process's end: the trace read as complete
    without them."""
    import threading

    writer = TraceWriter(str(tmp_path / "trace.db"))
    taken, go_on = threading.Event(), threading.Event()

    def another_flush():
        with writer.lock:
            taken.set()
            go_on.wait(10)

    other = threading.Thread(target=another_flush)
    other.start()
    assert taken.wait(10)
    writer.task_made(_task_row(writer, 1))
    threading.Timer(0.2, go_on.set).start()
    writer.close()
    other.join(10)
    conn = sqlite3.connect(tmp_path / "trace.db")
    assert conn.execute("SELECT id FROM tasks").fetchall() == [(1,)]
    assert conn.execute("SELECT count(*) FROM processes WHERE end_mono_ns IS NOT NULL").fetchone() == (1,)


def test_a_hold_of_the_writer_left_behind_by_a_cut_release_is_let_go_of(tmp_path):
    """On CPython 3.9/3.10 a signal handler can raise between a `with` block, or a `finally`, and the lock
    release it makes: the thread keeps the lock with no flush under way. Its flushes then took every later
    call for a flush inside a flush and wrote nothing, and other threads' found the lock taken for good."""
    import threading

    writer = TraceWriter(str(tmp_path / "trace.db"))
    writer.lock.acquire()  # what a release cut short leaves
    writer.task_made(_task_row(writer, 1))
    writer.flush()
    conn = sqlite3.connect(tmp_path / "trace.db")
    assert conn.execute("SELECT id FROM tasks").fetchall() == [(1,)]
    free = []
    other = threading.Thread(target=lambda: free.append(writer.lock.acquire(timeout=5) and writer.lock.release()))
    other.start()
    other.join(10)
    assert free == [None]  # taken and let go of

    # A flush by a signal handler inside a flush still leaves the rows to the flush under way.
    writer.task_made(_task_row(writer, 2))
    flush_held, still_held = writer.flush_held, []

    def a_flush_with_a_handler_inside():
        writer.flush()
        still_held.append(writer.lock._is_owned())
        flush_held()

    writer.flush_held = a_flush_with_a_handler_inside
    writer.flush()
    assert still_held == [True]
    assert conn.execute("SELECT id FROM tasks ORDER BY id").fetchall() == [(1,), (2,)]
    writer.close()


def test_task_rows_lost_before_the_end_are_said_in_a_gap(tmp_path):
    """The writer counts the task rows it buffered and, as it writes the process's end, checks that the trace
    holds them all, stored or counted: a row a bug of ours lost must not leave the trace reading as complete."""
    from asynctrace._writer import _new_task_buffer

    writer = TraceWriter(str(tmp_path / "trace.db"))
    writer.lean = True
    tids = [writer.new_id() for _ in range(3)]  # as the recorder makes them: the process's own
    for tid in tids:
        writer.task_made(_task_row(writer, tid))
    writer.task_ended(tids[1], 600, 0, "")  # counted, not stored
    writer.flush()
    writer.task_made(_task_row(writer, writer.new_id()))
    writer.close()
    conn = sqlite3.connect(tmp_path / "trace.db")
    assert conn.execute("SELECT count(*) FROM gaps").fetchone() == (0,)

    writer = TraceWriter(str(tmp_path / "trace.db"))
    for n in range(5):
        writer.task_made(_task_row(writer, writer.new_id()))
        if n == 2:
            writer.flush()
    writer.task_box[0] = _new_task_buffer()  # rows lost behind the writer's back
    writer.close()
    assert conn.execute("SELECT kind, source, message FROM gaps").fetchall() == [
        ("rows_lost", "writer", "2 of the 5 tasks this process recorded are not in the trace: the recorder lost them"
                                " (a bug of asynctrace's)")]
