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

import _imp
import itertools
from collections import deque
from itertools import chain, starmap
from operator import delitem, setitem
import os
import sqlite3
import sys
import threading
import time

from . import LEVEL_VAR, LEVELS, __version__
from ._events import OUTCOME_RESULT
from ._trace_file import SCHEMA, SCHEMA_VERSION, connect_read_only, holds_a_trace_or_nothing
from ._sqlite_fork import Slot, SqliteUnreachable, static_mutexes
from ._signals import belongs_to_program

FLUSH_AGE_NS = 200_000_000
# How long a flush that must have written its rows when it returns (a loop closed, the process may end the
# next moment) waits for another thread's flush.
DURABLE_WAIT_S = 2
# How long a close of one of SQLite's descriptors waits for another thread's write to end.
RELEASE_WAIT_S = 5
# The longest text the recorder stores from the program (a task's name, a cancel's message, ...): a name of
# a megabyte per task would otherwise fill the disk. The C accelerator hands longer names to Python.
TEXT_LIMIT = 1000
# sqlite3's C methods as they are before the program can patch them (see above). A cursor's own: before
# 3.11, Connection.execute looks up Cursor.execute by name, so a patch of the cursor class would see it.
_CURSOR, _CLOSE = sqlite3.Connection.cursor, sqlite3.Connection.close
# The real ones, bound before the program runs: test suites patch os.fstat (CPython's test_unix_events does), and
# a mock's answer would read as the trace's descriptors closed; blockbuster makes os.listdir raise on a loop's
# thread, where a forked child opens its trace.
_FSTAT, _STAT, _LISTDIR = os.fstat, os.stat, os.listdir
_EXECUTE, _EXECUTEMANY, _EXECUTESCRIPT, _FETCHONE = (
    sqlite3.Cursor.execute, sqlite3.Cursor.executemany, sqlite3.Cursor.executescript, sqlite3.Cursor.fetchone)

# Full batches go in one statement of this many rows, bound straight from the flat buffer: 40% cheaper per
# row than executemany, and at most 550 values, under the 999 of old SQLite builds.
BATCH_ROWS = 50


NO_ID = "NULLIF(?,0)"  # see INSERTS

# A task's row, buffered when it is made: id, process, loop, parent, name, coroutine, site, thread, test, made at,
# and its end (ended at, outcome, exception), filled in if the task ends before the row is written.
TASK_ROW = 13
LOOP, PARENT, SITE, TEST = 2, 3, 6, 8  # where they are in a task's row (task_counts counts by loop, site, test)
ENDED, OUTCOME = 10, 11  # where the end begins in a task's row, and its outcome
PENDING = -1  # a task's outcome while it runs, written NULL
COUNTED = -2  # the outcome of a lean level's task that is counted in task_counts, not written


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
# markedly more frequent and slower. The ids most often absent in the hottest rows are buffered as 0 (no id
# is 0) and an exception's absent name as "", and SQL makes them NULL: for every None it binds, sqlite3 looks
# for an adapter, which costs 330-740 ns on CPython 3.9-3.11 (an AttributeError's message is formatted) and
# 50-100 ns after (bench/null_binding.py).
INSERTS = {
    "threads": _Insert("INSERT OR REPLACE INTO threads (id, process_id, ident, native_id, name) VALUES",
                       "(?,?,?,?,?)"),
    "sites": _Insert("INSERT OR REPLACE INTO sites (id, file, line, function, stack) VALUES", "(?,?,?,?,?)"),
    "loops": _Insert("INSERT OR REPLACE INTO loops (id, process_id, class_name, thread_id, site_id, test_id,"
                     " created_ns) VALUES", "(?,?,?,?,?,?,?)"),
    "tasks": _Insert("INSERT OR REPLACE INTO tasks (id, process_id, loop_id, parent_task_id, name, coro_qualname,"
                     " site_id, thread_id, test_id, created_ns, ended_ns, outcome, exception) VALUES",
                     f"(?,?,?,{NO_ID},?,?,{NO_ID},?,{NO_ID},?,{NO_ID},NULLIF(?,{PENDING}),NULLIF(?,''))"),
    "task_sites": _Insert("INSERT OR REPLACE INTO task_sites (site_id, scheduled_site_id) VALUES", "(?,?)"),
    "tests": _Insert("INSERT OR REPLACE INTO tests (id, process_id, nodeid, outcome, start_ns, end_ns) VALUES",
                     "(?,?,?,?,?,?)"),
    "scopes": _Insert("INSERT OR REPLACE INTO scopes (id, end_id, ready_id, process_id, parent_id, kind, name, detail,"
                      " test_id, loop_id, thread_id, site_id, start_ns, end_ns) VALUES",
                      "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
    "snapshots": _Insert("INSERT OR REPLACE INTO snapshots (id, process_id, loop_id, thread_id, test_id, ts, reason,"
                         " detail, scope_id, hang_ms, idle_since_ns, ready, timers, next_timer_ns, io, executor_jobs,"
                         " other_threads) VALUES", "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
    "waits": _Insert("INSERT OR REPLACE INTO waits (snapshot_id, task_id, site_id, kind, on_tasks, on_site_id,"
                     " deadline_ns, since_ns, detail) VALUES", "(?,?,?,?,?,?,?,?,?)"),
    "hooks": _Insert("INSERT OR REPLACE INTO hooks (process_id, name, mechanism, versions, status, rules, detail)"
                     " VALUES", "(?,?,?,?,?,?,?)"),
    "task_counts": _Insert("INSERT INTO task_counts (process_id, loop_id, site_id, test_id, tasks) VALUES",
                           f"(?,?,{NO_ID},{NO_ID},?)"),
    "task_ends": _Insert("INSERT OR REPLACE INTO task_ends (task_id, ts, outcome, exception) VALUES",
                         "(?,?,?,NULLIF(?,''))"),
    "events": _Insert("INSERT INTO events (ts, kind, process_id, thread_id, loop_id, task_id, test_id, site_id,"
                      " ref_id, arg, detail) VALUES", f"(?,?,?,?,{NO_ID},{NO_ID},{NO_ID},{NO_ID},{NO_ID},?,?)"),
}


# gaps.kind of a child process that records nothing, named by a process that can write.
CHILD_NOT_RECORDED = "child_not_recorded"
# A thread other than the forking one was inside SQLite at the fork: the child would hang in it.
SQLITE_BUSY_AT_FORK = "another thread was inside SQLite when it forked"


# The CI job a recording belongs to, for the runs table: (the variable that says which CI it is, its name,
# the variables that name the job).
_CI_JOBS = (
    ("GITHUB_ACTIONS", "github", ("GITHUB_RUN_ID", "GITHUB_RUN_ATTEMPT", "GITHUB_JOB")),
    ("GITLAB_CI", "gitlab", ("CI_JOB_ID",)),
    ("BUILDKITE", "buildkite", ("BUILDKITE_JOB_ID",)),
    ("CIRCLECI", "circleci", ("CIRCLE_WORKFLOW_JOB_ID",)),
    ("TF_BUILD", "azure", ("BUILD_BUILDID", "SYSTEM_JOBID")),
    ("JENKINS_URL", "jenkins", ("BUILD_TAG",)),
)


def _ci_job(environ):
    """'github 7123456789/1 test', say; None outside a CI this knows."""
    for marker, name, variables in _CI_JOBS:
        if environ.get(marker):
            values = [environ.get(variable, "") for variable in variables]
            if name == "github":
                return f"{name} {values[0]}/{values[1]} {values[2]}"
            return " ".join([name, *values])
    return None


class TraceUnavailable(Exception):
    """The trace file cannot be opened or is not a trace this recorder can write."""


class TraceWriter:
    TEXT_LIMIT = TEXT_LIMIT  # where the accelerator reads it

    def __init__(self, path):
        self.path = os.path.abspath(path)
        self.lock = threading.RLock()  # RLock: it knows whether this thread holds it
        self.rows = {name: [] for name in INSERTS if name not in ("tasks", "task_counts")}  # extend() a row at a time
        self.events = self.rows["events"]
        self.lean = _level(os.environ) == "lean"
        # Task rows wait here until a flush, which takes the whole buffer: a task that ends before then has its
        # end filled into its row (see task_ended). The buffer is (rows, unwritten: task id -> the index of its
        # row, kept: the ids that the lean level must write), swapped for a new one in one store into this box.
        self.task_box = [_new_task_buffer()]
        self.compact_tasks = _compact_tasks  # the accelerator's, when it is built
        self.abandoned = []  # connections inherited through fork: never closed in the child
        self.held_for_fork = None  # SQLite's static mutexes while this process forks
        # Fork handlers of C calls only (see _sqlite_fork): SQLite's mutexes, taken last before fork.
        self.take_mutexes, self.release_mutexes = Slot(), Slot()
        self.failed = False
        self.fds = set()  # the numbers of SQLite's descriptors of the trace (none while released)
        # The task rows buffered by task_made, and by the accelerator's hooks (its count, once bound): at the
        # end the trace must hold as many (see check_tasks_written).
        self.tasks_made_elsewhere = lambda: 0
        self._open()

    # -- connection and process row -------------------------------------------------------------

    def _connect(self):
        """A connection to the trace, checked to be one; sets conn, execute, executemany and descriptors."""
        descriptors_before = _open_files()
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        cursor = _CURSOR(conn)
        execute, executemany = _EXECUTE.__get__(cursor), _EXECUTEMANY.__get__(cursor)
        try:
            execute("PRAGMA busy_timeout = 30000")
            if not holds_a_trace_or_nothing(lambda sql: _FETCHONE(execute(sql))[0]):
                raise TraceUnavailable(f"{self.path} is not an asynctrace trace: not writing to it")
            version = _FETCHONE(execute("PRAGMA user_version"))[0]
            if version not in (0, SCHEMA_VERSION):
                raise TraceUnavailable(f"{self.path} holds trace schema version {version}, not {SCHEMA_VERSION}")
            execute("PRAGMA journal_mode = WAL")
            execute("PRAGMA synchronous = OFF")
            if version == 0:  # idempotent (processes may start together); it sets user_version last
                _EXECUTESCRIPT(cursor, SCHEMA)
        except BaseException:
            _CLOSE(conn)
            raise
        self.conn, self.execute, self.executemany = conn, execute, executemany
        self.descriptors = _descriptors_of(self.path, descriptors_before)
        # Updated in place: the os.close wrappers hold this set (one membership test per call).
        self.fds.clear()
        self.fds.update(descriptor for descriptor, _, _ in self.descriptors)

    def _open(self, first_event=None):
        try:
            self._connect()
            execute, executemany = self.execute, self.executemany
            now_wall, now_mono = time.time_ns(), time.monotonic_ns()
            execute("BEGIN IMMEDIATE")
            executemany(
                "INSERT OR IGNORE INTO meta VALUES (?, ?)",
                [("schema_version", str(SCHEMA_VERSION)), ("recorder_version", __version__),
                 ("created_wall_ns", str(now_wall))],
            )
            argv = _json_strings(_command_line())
            execute("INSERT OR IGNORE INTO runs (id, host, ci_job, start_wall_ns, argv) VALUES (1, ?, ?, ?, ?)",
                    (os.uname().nodename if hasattr(os, "uname") else None, _ci_job(os.environ), now_wall, argv))
            process_id = execute(
                "INSERT INTO processes (pid, parent_pid, argv, executable, python_version, implementation,"
                " start_wall_ns, start_mono_ns, run_id, level) VALUES (?,?,?,?,?,?,?,?,1,?)",
                (os.getpid(), os.getppid(), argv, _storable(sys.executable), sys.version.split()[0],
                 sys.implementation.name, now_wall, now_mono, "lean" if self.lean else "full"),
            ).lastrowid
            if first_event is not None:
                execute("INSERT INTO events (ts, kind, process_id) VALUES (?,?,?)", (now_mono, first_event, process_id))
            execute("COMMIT")
        except (sqlite3.Error, OSError) as e:
            raise TraceUnavailable(f"cannot write trace {self.path}: {e}") from None
        self.trace_file = _file_of(self.path)
        self.lost = False
        self.flush_wanted = False
        self.tasks_made, self.tasks_made_before = 0, self.tasks_made_elsewhere()  # a forked child's are its own
        self.pid = os.getpid()
        self.process_id = process_id
        self.id_base = self.process_id << 32
        self.ids = itertools.count(1)  # a C counter, shared with the accelerator's hooks
        self.last_flush_ns = now_mono

    def new_id(self):
        return self.id_base | next(self.ids)

    def hold_for_fork(self, deadline):
        """Just before fork, until the after-fork handlers: no write of ours under way (the child's
        connection to the same file would take that transaction's locks for its own process's: "database
        is locked") and SQLite's global mutexes held (see _sqlite_fork). Returns None, or why the child must
        not open the trace."""
        self.take_mutexes.calls.clear()
        self.release_mutexes.calls.clear()
        if not self.lock.acquire(timeout=max(deadline - time.monotonic(), 0)):
            return "another thread was writing the trace"
        try:
            mutexes = static_mutexes()
        except SqliteUnreachable as e:
            self.lock.release()
            return str(e)
        if not mutexes.wait_until_free(deadline):
            self.lock.release()
            return SQLITE_BUSY_AT_FORK
        mutexes.arm_fork(self.take_mutexes, self.release_mutexes)
        self.held_for_fork = mutexes
        # os.fork takes the import lock after the handlers, while the mutexes are held: it must not wait
        # for it (and for the GIL) then.
        _imp.acquire_lock()
        return None

    def _end_fork_hold(self):
        """Both sides after fork: whether the try at the fork took every one of SQLite's mutexes."""
        mutexes, self.held_for_fork = self.held_for_fork, None
        _imp.release_lock()
        self.take_mutexes.calls.clear()
        self.release_mutexes.calls.clear()
        return mutexes.all_were_held()

    def release_after_fork(self):
        """In the parent: what hold_for_fork took. Returns None, or why the child was not given SQLite free."""
        if self.held_for_fork is None:
            return None
        complete = self._end_fork_hold()
        self.lock.release()
        return None if complete else SQLITE_BUSY_AT_FORK

    def after_fork_in_child(self, first_event=None):
        """A forked child is a new process of the trace: new row, new ids, none of the parent's rows, and the
        event kind first_event, if given, in the same transaction. Returns None, or why it cannot record (it
        then touches nothing of the parent's)."""
        if self.held_for_fork is not None and not self._end_fork_hold():
            return SQLITE_BUSY_AT_FORK
        self.abandoned.append(self.conn)
        self.lock = threading.RLock()  # RLock: it knows whether this thread holds it
        for rows in self.rows.values():
            rows.clear()
        self.task_box[0] = _new_task_buffer()
        self._open(first_event)
        return None

    def release(self):
        """The program is about to close (or dup2 over) one of SQLite's descriptors: everything is written
        and the connection closed properly, so that SQLite closes its descriptors and forgets the file, and
        the next write opens a new connection for the same process row (_connected())."""
        if self.failed or self.pid != os.getpid() or self.held_for_fork is not None:
            return  # closed, failed, a forked child's inherited copies, or inside fork: nothing of ours
        # Bounded: the lock may be this thread's own (a signal handler that closes a descriptor during a
        # flush); the fstat check then sees the loss.
        if not self.lock.acquire(timeout=RELEASE_WAIT_S):
            return
        try:
            if self.conn is None or not self.intact():
                return
            self.flush_held()
            if self.failed:
                return
            if self.abandoned:
                # A forked child: the connections it inherited share SQLite's state for the file (their -shm
                # descriptor included) with any new one, and the program is closing their descriptors too, so
                # a new connection could write into the program's files ("disk I/O error" seen). Said here,
                # while this connection is still sound, and recording stops.
                self.write_gap("recording_stopped", "os.close",
                               "recording stopped: a forked process closed the trace's descriptors")
                self.failed = True
            try:
                _CLOSE(self.conn)
            except Exception as e:
                self.failed = True
                _warn_once(f"asynctrace: recording stopped, cannot close {self.path}: {type(e).__name__}: {e}")
                return
            self.conn, self.descriptors = None, []
            self.fds.clear()
        finally:
            self.lock.release()

    def _connected(self):
        """Reopen the trace after release(): the same file, else nothing is written (raises)."""
        if self.conn is None:
            if _file_of(self.path) != self.trace_file:
                raise TraceUnavailable(f"{self.path} is no longer the file this process was writing")
            self._connect()

    # -- writing ------------------------------------------------------------------------------------

    def flush(self, wait_s=0):
        """Write every buffered row in one transaction. A failure stops recording; only the program's own
        exceptions (its signal handlers') are raised, and they cost no row. wait_s: how long to wait for
        another thread's flush; one that does not wait leaves its rows to that thread, which flushes again
        once its own is written (wait for rows that must be written when this returns)."""
        # A forked child's hooks can run before its writer is its own (3.12+ asyncio's fork handler runs
        # first): a connection inherited from the parent is never used. A lock this thread holds already:
        # a signal handler's flush inside a flush.
        lock = self.lock
        if (self.failed or self.pid != os.getpid() or (lock._is_owned() and not self._hold_left_behind())
                or not self.intact()):
            return
        # Asked for before trying the lock, and looked at by every holder after its release: whichever thread
        # releases last sees it, so no request falls between another thread's flush and its release.
        self.flush_wanted = True
        wait = wait_s
        release = lock.release
        while self.flush_wanted and not self.failed:
            try:
                # Taken inside the try, held by this thread: a signal handler's exception just after the
                # acquire still releases it below, and no flush is locked out for good.
                if not (lock.acquire(timeout=wait) if wait else lock.acquire(False)):
                    return
                self.flush_wanted = False
                self.flush_held()
            finally:
                # The release is the finally's first call: CPython 3.11+ runs a signal handler only after a
                # call, so none comes between this flush and its release (a check of who holds the lock, a
                # call, let one in, and the lock stayed held). Not held (another thread's): RuntimeError.
                try:
                    release()
                except RuntimeError:
                    pass
            wait = 0

    def _hold_left_behind(self):
        """This thread holds the lock, but no function of ours that takes it is on its stack: a signal
        handler's exception came between a release and the block that makes it (CPython 3.9 and 3.10 run
        handlers there, in a `with` or a `finally`). Every flush of this thread would return here, and
        every other thread's would find the lock taken: it is let go of, and the flush goes on."""
        if self.held_for_fork is not None:
            return False
        frame = sys._getframe(2)
        while frame is not None:
            if frame.f_code in LOCK_HOLDERS:
                return False
            frame = frame.f_back
        while self.lock._is_owned():
            self.lock.release()
        return True

    # -- tasks: a row each, with its end when it ended before the row was written ---------------------------

    def task_made(self, row):
        """Buffer a task's row (TASK_ROW values, its end PENDING). The Python twin of the accelerator's."""
        buffer = self.task_box[0]
        rows, unwritten = buffer[0], buffer[1]
        # Another thread's row may land between len() and extend(): task_ended checks the id at the index.
        unwritten[row[0]] = len(rows)
        rows.extend(row)
        if self.lean and row[PARENT]:
            buffer[2].add(row[PARENT])  # its parent made a task: written
        if self.task_box[0] is not buffer:  # a flush took the buffer meanwhile: maybe before this row
            self.task_box[0][0].extend(row)
        self.tasks_made += 1  # last, and not atomic across threads: it may count fewer, never more

    def task_ended(self, tid, ts, outcome, exception):
        """A task's end: into its row while that is still buffered (a lean level's uninteresting task is then
        counted instead), else a task_ends row."""
        buffer = self.task_box[0]
        index = buffer[1].pop(tid, None)
        if index is not None:
            rows = buffer[0]
            if rows[index] == tid:
                if self.lean and outcome == OUTCOME_RESULT and tid not in buffer[2]:
                    rows[index + OUTCOME] = COUNTED
                else:
                    rows[index + ENDED:index + TASK_ROW] = ts, outcome, exception
                if self.task_box[0] is buffer:
                    return
            # Else a flush took the buffer, before or after the end was filled in: the end is written on its own
            # too (for a counted task that a flush counted, a row nothing reads).
        self.rows["task_ends"].extend((tid, ts, outcome, exception))

    def keep_task(self, tid):
        """The lean level writes this task's row: an event or a wait names it."""
        if self.lean and tid:
            self.task_box[0][2].add(tid)

    def flush_held(self):
        """flush(), by the thread that holds the lock."""
        try:
            self._connected()
            try:
                self._write_buffered(_as_given)
            except UnicodeEncodeError:  # rare, so checked only now: a text SQLite cannot store as UTF-8
                self._write_buffered(_storable_values)
        except Exception as e:  # disk full, locked for too long, ...: contain it, keep the program running
            if belongs_to_program(e):
                raise
            self.failed = True
            try:
                self.execute("ROLLBACK")
            except Exception:
                pass
            self.write_gap("recording_stopped", "writer",
                           f"recording stopped, cannot write {self.path}: {type(e).__name__}: {e}")
        finally:
            self.last_flush_ns = time.monotonic_ns()

    def _write_buffered(self, storable):
        """Write the rows buffered now, each table's values passed through storable first. The task buffer is
        taken as the transaction begins; if anything stops the write (a signal handler's exception between two
        bytecodes of the lean level's compaction, say), its rows go back, counted marks and all, and the
        transaction is rolled back."""
        execute = self.execute
        box, fresh = self.task_box, _new_task_buffer()
        taken = box[0]
        done = [False]  # set by the last call of the pass that writes: then nothing goes back
        try:
            # In C, where no signal handler runs: the transaction begins and the task buffer is taken.
            deque(chain(starmap(execute, [("BEGIN IMMEDIATE", ())]), starmap(setitem, [(box, 0, fresh)])), maxlen=0)
            task_rows, counts = self.compact_tasks(taken[0]) if self.lean else (taken[0], {})
            calls, written = [], []
            if task_rows:
                calls.append(INSERTS["tasks"].calls(execute, self.executemany, storable(task_rows)))
            if counts:
                values = [value for (loop_id, site_id, test_id), count in counts.items()
                          for value in (self.process_id, loop_id, site_id, test_id, count)]
                calls.append(INSERTS["task_counts"].calls(execute, self.executemany, values))
            for name, rows in self.rows.items():
                count = len(rows)  # other threads may add rows meanwhile: they wait for the next flush
                if count:
                    calls.append(INSERTS[name].calls(execute, self.executemany, storable(rows[:count])))
                    written.append((rows, slice(count)))
            calls.append(starmap(execute, [("COMMIT", ())]))
            calls.append(starmap(delitem, written))
            calls.append(starmap(setitem, [(done, 0, True)]))
            # Every call in one pass in C: the program's signal handlers run only between bytecodes, so
            # none cuts this short. An exception of theirs raised before leaves every row buffered; after,
            # the rows are written and gone from the buffers.
            deque(chain.from_iterable(calls), maxlen=0)
        except BaseException:
            if not done[0]:
                if box[0] is not taken:
                    box[0][0].extend(taken[0])  # their ends, if they come, go to task_ends
                try:
                    execute("ROLLBACK")
                except Exception:  # no transaction had begun
                    pass
            raise

    # -- exec: the end of this image, taken back if the exec fails -------------------------------------

    def last_event_id(self):
        return _FETCHONE(self.execute("SELECT coalesce(max(id), 0) FROM events"))[0]

    def mark_end(self):
        self.check_tasks_written()
        self.execute("UPDATE processes SET end_mono_ns = ? WHERE id = ?", (time.monotonic_ns(), self.process_id))

    def check_tasks_written(self):
        """Every task row this process buffered is in the trace, stored or counted by the lean level: if not, a
        fault of the recorder's lost some, and a gap says so (the trace must not read as complete)."""
        made = self.tasks_made + self.tasks_made_elsewhere() - self.tasks_made_before
        if not made:
            return
        stored = _FETCHONE(self.execute("SELECT count(*) FROM tasks WHERE id BETWEEN ? AND ?",
                                        (self.id_base, self.id_base | 0xFFFFFFFF)))[0]
        counted = _FETCHONE(self.execute("SELECT coalesce(sum(tasks), 0) FROM task_counts WHERE process_id = ?",
                                         (self.process_id,)))[0]
        if stored + counted < made:
            self.write_gap("rows_lost", "writer", f"{made - stored - counted} of the {made} tasks this process "
                           "recorded are not in the trace: the recorder lost them (a bug of asynctrace's)")

    def take_back_end(self, last_event_id, thread_id, any_thread_kind):
        """The exec failed and this process goes on: its end, and the events of the scan at its end (those
        of thread_id, and of kind any_thread_kind, since last_event_id: what was left at that moment, which
        the process may still finish), were not the end after all."""
        self.execute("DELETE FROM events WHERE process_id = ? AND id > ? AND (thread_id = ? OR kind = ?)",
                     (self.process_id, last_event_id, thread_id, any_thread_kind))
        self.execute("UPDATE processes SET end_mono_ns = NULL WHERE id = ?", (self.process_id,))

    def intact(self):
        """Whether SQLite's descriptors are still the trace's. A program may close them behind the os.close
        wrappers (from C; see release()) and get their numbers for its own files: SQLite would write its
        pages there, and even closing the connection would (a checkpoint) and close the program's
        descriptors. Such a connection is never used, closed or freed again. Nothing says so in the trace:
        another connection of this process would share SQLite's per-file state (os_unix.c's unixInodeInfo
        and its -shm descriptor) with this one, so the process row just stays without an end, which the
        analyzer counts as incomplete (schema/README.md, Incomplete traces)."""
        if self.lost:
            return False
        for descriptor, device, inode in self.descriptors:
            try:
                status = _FSTAT(descriptor)
                intact = status.st_ino == inode and status.st_dev == device
            except OSError:  # closed
                intact = False
            if not intact:
                self.lost = self.failed = True
                _keep_forever(self.conn)
                _warn_once(f"asynctrace: recording stopped: the program closed or reused the descriptors of"
                           f" the trace {self.path} (the trace is incomplete)")
                return False
        return True


    def parent_is_recorded(self):
        """Whether the process that started this one records into this trace too."""
        with self.lock:
            self._connected()
            return bool(_FETCHONE(self.execute("SELECT count(*) FROM processes WHERE pid = ? AND id < ?",
                                               (os.getppid(), self.process_id)))[0])

    def write_gap(self, kind, source, message, test_id=None):
        """Say in the trace, at once and on its own, what the recorder will not see from now on. If even
        that cannot be written (a full disk), the process row stays without an end: the analyzer reads
        that as a recording that stopped too."""
        _warn_once(f"asynctrace: {message}")
        if self.pid != os.getpid():
            return  # a forked child before (or without) a connection of its own: never the parent's
        if not self.intact():
            return
        try:
            with self.lock:  # one cursor: another thread's flush must not be using it
                self._connected()
                self.execute("INSERT INTO gaps (process_id, ts, kind, source, message, test_id) VALUES (?,?,?,?,?,?)",
                             (self.process_id, time.monotonic_ns(), kind, source, _storable(message[:TEXT_LIMIT]),
                              test_id))
        except Exception as e:
            if belongs_to_program(e):
                raise

    def gap_lines(self):
        """What the trace says its recorders missed, one line each (every process of the trace), read on a
        connection of its own: this one may be closed, or have failed."""
        if self.lost:  # a second connection would share the lost one's state (see intact())
            return [f"process {self.pid}: recording stopped: the program closed or reused the trace's descriptors"]
        try:
            conn = connect_read_only(self.path)
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
        if self.failed or not self.intact():
            return
        # Under the lock, the last rows with the end: a flush that found another thread's under way would
        # leave its rows to that one, and the end could be written before them.
        with self.lock:
            self.flush_held()
            if self.failed:
                return
            try:
                self.mark_end()
                _CLOSE(self.conn)
            except sqlite3.Error:
                pass
            self.failed = True  # nothing more is written after close
            self.fds.clear()


# The functions that hold the writer's lock while they run: a flush inside one of them (a signal handler's)
# finds the lock its own thread's, and leaves the rows to it. ProcessLifecycle.exec_ adds itself.
LOCK_HOLDERS = {method.__code__ for method in (TraceWriter.flush, TraceWriter.close, TraceWriter.release,
                                                TraceWriter.write_gap, TraceWriter.parent_is_recorded,
                                                TraceWriter.hold_for_fork)}


def _json_strings(texts):
    """json.dumps of a list of strings, without importing json (and its six regular expressions) in every
    traced process: the same C encoder."""
    from _json import encode_basestring_ascii

    return f"[{', '.join(map(encode_basestring_ascii, texts))}]"


def _command_line():
    """The full command line: at start-up sys.argv is only ["-c"] for `python -c CODE`."""
    return list(getattr(sys, "orig_argv", None) or getattr(sys, "argv", []))


def _open_files():
    """{descriptor: (device, inode)} of this process's open file descriptors (empty where the system does not
    list them)."""
    for listing in ("/proc/self/fd", "/dev/fd"):
        try:
            descriptors = [int(name) for name in _LISTDIR(listing)]
        except (OSError, ValueError):
            continue
        files = {}
        for descriptor in descriptors:  # one of them was the listing's own, closed now
            try:
                status = _FSTAT(descriptor)
            except OSError:
                continue
            files[descriptor] = (status.st_dev, status.st_ino)
        return files
    return {}


def _file_of(path):
    """(device, inode) of path, or None."""
    try:
        status = _STAT(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _descriptors_of(path, before):
    """(descriptor, device, inode) of each descriptor opened since `before` (_open_files()) on the trace, its
    -wal or its -shm: the ones SQLite holds (sqlite3 does not say which they are)."""
    trace_files = set()
    for name in (path, path + "-wal", path + "-shm"):
        try:
            status = _STAT(name)
        except OSError:
            continue
        trace_files.add((status.st_dev, status.st_ino))
    return [(descriptor, *file) for descriptor, file in _open_files().items()
            if file in trace_files and before.get(descriptor) != file]


_kept = []


def _keep_forever(conn):
    """Never free conn: freeing closes it, and SQLite's close writes (a checkpoint) and closes descriptors that
    are the program's now. One reference more than anything will ever release (without ctypes, kept at least
    until the interpreter's last moments)."""
    _kept.append(conn)
    try:
        import ctypes
    except ImportError:
        return
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(conn))


def _new_task_buffer():
    return [], {}, set()


def _compact_tasks(rows):
    """(the rows of rows not COUNTED, {(loop, site, test): how many were}). The accelerator has a twin."""
    written, counts = [], {}
    for start in range(0, len(rows), TASK_ROW):
        if rows[start + OUTCOME] == COUNTED:
            key = rows[start + LOOP], rows[start + SITE], rows[start + TEST]
            counts[key] = counts.get(key, 0) + 1
        else:
            written.extend(rows[start:start + TASK_ROW])
    return written, counts


def _level(environ):
    """ASYNCTRACE_LEVEL: full (the default) or lean; another value is said once and read as full."""
    level = environ.get(LEVEL_VAR, "") or "full"
    if level not in LEVELS:
        _warn_once(f"asynctrace: {LEVEL_VAR}={level!r} is not one of {', '.join(LEVELS)}: recording every task (full)")
        return "full"
    return level


def _as_given(values):
    return values


def _storable_values(values):
    return [_storable(value) for value in values]


def _storable(value):
    """value, or a text SQLite cannot store (it holds surrogates: os.fsdecode's escapes of the bytes of a
    non-UTF-8 file name, say) with those bytes or surrogates written as backslash escapes."""
    if not isinstance(value, str):
        return value
    try:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that escapes no byte
        return value.encode("utf-8", "backslashreplace").decode("utf-8")


_warned = set()


def _warn_once(message):
    if message not in _warned:
        _warned.add(message)
        try:
            sys.stderr.write(message + "\n")
        except Exception as e:
            if belongs_to_program(e):
                raise
