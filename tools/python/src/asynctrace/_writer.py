"""The trace writer: owns this process's SQLite connection, its ids and the buffered rows.

Rows are buffered and flushed inline (by age, when a loop stops, on rare anomaly events and at exit):
DESIGN.md measured a background writer thread as slower, and a thread would also change what the traced
program sees (threading.enumerate, fork warnings).

The program must not see those writes either: tools such as blockbuster patch sqlite3's methods (and
file I/O) to raise when the loop thread blocks. The connection's C methods are bound once, when it is
opened, and the schema text is read at import, so a later patch of sqlite3.Connection never sees a flush.
Whatever stops the recording is written into the trace itself (table gaps), so that the analyzer can
say what it did not see.
"""

import itertools
from collections import deque
from itertools import chain, starmap
from operator import delitem
import json
import os
import re
import platform
import sqlite3
import sys
import threading
import time

from . import __version__
from ._signals import belongs_to_program

SCHEMA_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "trace.sql")
with open(SCHEMA_PATH, encoding="utf-8") as _schema_file:
    SCHEMA = _schema_file.read()
# The one place that holds the version is the schema's own `PRAGMA user_version`.
SCHEMA_VERSION = int(re.search(r"^PRAGMA user_version = (\d+);", SCHEMA, re.M).group(1))
FLUSH_AGE_NS = 200_000_000
# sqlite3's C methods as they are before the program can patch them (see above). A cursor's own: before
# 3.11, Connection.execute looks up Cursor.execute by name, so a patch of the cursor class would see it.
_CURSOR, _CLOSE = sqlite3.Connection.cursor, sqlite3.Connection.close
_EXECUTE, _EXECUTEMANY, _EXECUTESCRIPT, _FETCHONE = (
    sqlite3.Cursor.execute, sqlite3.Cursor.executemany, sqlite3.Cursor.executescript, sqlite3.Cursor.fetchone)

# Full batches go in one statement of this many rows, bound straight from the flat buffer: 40% cheaper per
# row than executemany, and at most 550 values, under the 999 of old SQLite builds.
BATCH_ROWS = 50


class _Insert:
    """How one table's buffered rows are written."""

    def __init__(self, start, row):
        self.width = row.count("?")
        self.one = f"{start} {row}"
        self.batch = f"{start} {','.join([row] * BATCH_ROWS)}"
        self.batch_values = self.width * BATCH_ROWS

    def calls(self, execute, executemany, values):
        """The calls that write the rows in values (a flat list copied from the buffer) with the
        connection's bound methods, not made yet: flush() makes them all in one pass."""
        size, count = self.batch_values, len(values)
        whole = count - count % size
        calls = starmap(execute, [(self.batch, values[start:start + size]) for start in range(0, whole, size)])
        if whole < count:
            column = iter(values[whole:])
            calls = chain(calls, starmap(executemany, [(self.one, zip(*([column] * self.width)))]))
        return calls


# Rows are buffered flat, one value after another, in a list per table: ints and strings are not tracked
# by the garbage collector, tuples are, and a tuple per row made the traced program's own collections
# markedly more frequent and slower.
INSERTS = {
    "threads": _Insert("INSERT OR REPLACE INTO threads (id, process_id, ident, native_id, name) VALUES",
                       "(?,?,?,?,?)"),
    "sites": _Insert("INSERT OR REPLACE INTO sites (id, file, line, function, stack) VALUES", "(?,?,?,?,?)"),
    "loops": _Insert("INSERT OR REPLACE INTO loops (id, process_id, class_name, thread_id, site_id, test_id,"
                     " created_ns) VALUES", "(?,?,?,?,?,?,?)"),
    "tasks": _Insert("INSERT OR REPLACE INTO tasks (id, process_id, loop_id, parent_task_id, name, coro_qualname,"
                     " site_id, thread_id, test_id, created_ns) VALUES", "(?,?,?,?,?,?,?,?,?,?)"),
    "tests": _Insert("INSERT OR REPLACE INTO tests (id, process_id, nodeid, outcome, start_ns, end_ns) VALUES",
                     "(?,?,?,?,?,?)"),
    "hooks": _Insert("INSERT OR REPLACE INTO hooks (process_id, name, mechanism, versions, status, rules, detail)"
                     " VALUES", "(?,?,?,?,?,?,?)"),
    "task_ends": _Insert("INSERT OR REPLACE INTO task_ends (task_id, ts, outcome, exception) VALUES", "(?,?,?,?)"),
    "events": _Insert("INSERT INTO events (ts, kind, process_id, thread_id, loop_id, task_id, test_id, site_id,"
                      " ref_id, arg, detail) VALUES", "(?,?,?,?,?,?,?,?,?,?,?)"),
}


class TraceUnavailable(Exception):
    """The trace file cannot be opened or is not a trace this recorder can write."""


class TraceWriter:
    def __init__(self, path):
        self.path = os.path.abspath(path)
        self.lock = threading.RLock()  # RLock: it knows whether this thread holds it
        self.rows = {name: [] for name in INSERTS}  # extend() with one row's values at a time
        self.events = self.rows["events"]
        self.abandoned = []  # connections inherited through fork: never closed in the child
        self.failed = False
        self._open()

    # -- connection and process row -------------------------------------------------------------

    def _open(self):
        try:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            cursor = _CURSOR(conn)
            execute, executemany = _EXECUTE.__get__(cursor), _EXECUTEMANY.__get__(cursor)
            execute("PRAGMA busy_timeout = 30000")
            version = _FETCHONE(execute("PRAGMA user_version"))[0]
            if version not in (0, SCHEMA_VERSION):
                raise TraceUnavailable(f"{self.path} holds trace schema version {version}, not {SCHEMA_VERSION}")
            execute("PRAGMA journal_mode = WAL")
            execute("PRAGMA synchronous = OFF")
            _EXECUTESCRIPT(cursor, SCHEMA)  # idempotent, so every process of a trace runs it
            now_wall, now_mono = time.time_ns(), time.monotonic_ns()
            execute("BEGIN IMMEDIATE")
            executemany(
                "INSERT OR IGNORE INTO meta VALUES (?, ?)",
                [("schema_version", str(SCHEMA_VERSION)), ("recorder_version", __version__),
                 ("created_wall_ns", str(now_wall))],
            )
            cur = execute(
                "INSERT INTO processes (pid, parent_pid, argv, executable, python_version, implementation,"
                " start_wall_ns, start_mono_ns) VALUES (?,?,?,?,?,?,?,?)",
                (os.getpid(), os.getppid(), json.dumps(_command_line()), sys.executable,
                 platform.python_version(), sys.implementation.name, now_wall, now_mono),
            )
            execute("COMMIT")
        except (sqlite3.Error, OSError) as e:
            raise TraceUnavailable(f"cannot write trace {self.path}: {e}") from None
        self.conn = conn
        self.execute, self.executemany = execute, executemany
        self.pid = os.getpid()
        self.process_id = cur.lastrowid
        self.id_base = self.process_id << 32
        self.ids = itertools.count(1)  # a C counter, shared with the accelerator's hooks
        self.last_flush_ns = now_mono

    def new_id(self):
        return self.id_base | next(self.ids)

    def after_fork_in_child(self):
        """A forked child is a new process of the trace: new row, new ids, none of the parent's rows."""
        self.abandoned.append(self.conn)
        self.lock = threading.RLock()  # RLock: it knows whether this thread holds it
        for rows in self.rows.values():
            rows.clear()
        self._open()

    # -- writing ------------------------------------------------------------------------------------

    def flush(self):
        """Write every buffered row in one transaction. A failure stops recording; only the program's own
        exceptions (its signal handlers') are raised, and they cost no row."""
        # A forked child's hooks can run before its writer is its own (3.12+ asyncio's fork handler runs
        # first): a connection inherited from the parent is never used.
        lock = self.lock
        if self.failed or self.pid != os.getpid() or lock._is_owned():  # (re-entered by a signal handler)
            return
        execute = self.execute
        try:
            # Taken inside the try, held by this thread: a signal handler's exception just after the
            # acquire still releases it below, and no flush is locked out for good.
            if not lock.acquire(False):
                return
            calls, written = [starmap(execute, [("BEGIN IMMEDIATE", ())])], []
            for name, rows in self.rows.items():
                count = len(rows)  # other threads may add rows meanwhile: they wait for the next flush
                if count:
                    calls.append(INSERTS[name].calls(execute, self.executemany, rows[:count]))
                    written.append((rows, slice(count)))
            calls.append(starmap(execute, [("COMMIT", ())]))
            calls.append(starmap(delitem, written))
            # Every call in one pass in C: the program's signal handlers run only between bytecodes, so
            # none cuts this short. An exception of theirs raised before leaves every row buffered; after,
            # the rows are written and gone from the buffers.
            deque(chain.from_iterable(calls), maxlen=0)
        except Exception as e:  # disk full, locked for too long, ...: contain it, keep the program running
            if belongs_to_program(e):
                raise
            self.failed = True
            try:
                execute("ROLLBACK")
            except Exception:
                pass
            self.write_gap("recording_stopped", "writer",
                           f"recording stopped, cannot write {self.path}: {type(e).__name__}: {e}")
        finally:
            if lock._is_owned():
                self.last_flush_ns = time.monotonic_ns()
                lock.release()

    def write_gap(self, kind, source, message, test_id=None):
        """Say in the trace, at once and on its own, what the recorder will not see from now on. If even
        that cannot be written (a full disk), the process row stays without an end: the analyzer reads
        that as a recording that stopped too."""
        _warn_once(f"asynctrace: {message}")
        try:
            self.execute("INSERT INTO gaps (process_id, ts, kind, source, message, test_id) VALUES (?,?,?,?,?,?)",
                         (self.process_id, time.monotonic_ns(), kind, source, message[:1000], test_id))
        except Exception as e:
            if belongs_to_program(e):
                raise

    def gap_lines(self):
        """What the trace says its recorders missed, one line each (every process of the trace), read on a
        connection of its own: this one may be closed, or have failed."""
        from urllib.parse import quote

        try:
            conn = sqlite3.connect(f"file:{quote(self.path)}?mode=ro", uri=True)
            try:
                rows = conn.execute("SELECT p.pid, g.message FROM gaps g JOIN processes p ON p.id = g.process_id"
                                    " ORDER BY g.id").fetchall()
            finally:
                conn.close()
        except Exception as e:
            return [f"cannot read {self.path}: {e}"]
        return [f"process {pid}: {message}" for pid, message in rows]

    def close(self):
        if self.pid != os.getpid():
            return
        self.flush()
        if self.failed:
            return
        try:
            self.execute("UPDATE processes SET end_mono_ns = ? WHERE id = ?", (time.monotonic_ns(), self.process_id))
            _CLOSE(self.conn)
        except sqlite3.Error:
            pass
        self.failed = True  # nothing more is written after close


def _command_line():
    """The full command line: at start-up sys.argv is only ["-c"] for `python -c CODE`."""
    return list(getattr(sys, "orig_argv", None) or getattr(sys, "argv", []))


_warned = set()


def _warn_once(message):
    if message not in _warned:
        _warned.add(message)
        try:
            sys.stderr.write(message + "\n")
        except Exception as e:
            if belongs_to_program(e):
                raise
