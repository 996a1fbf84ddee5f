"""Which file the recorder may write: a trace of its own, or nothing. Every path that starts a recording
(`python -m asynctrace run`, `pytest --asynctrace`) goes through start_new(), and every process that writes a
trace (the writer) through holds_a_trace_or_nothing() before its first write.

A recording's first process holds an advisory flock on its trace for its lifetime: a second recording of
the same path is refused instead of deleting a live trace. SQLite locks with fcntl, which on Linux is
independent of flock. Never close that descriptor while SQLite has the file open: closing any descriptor of
a file drops the fcntl locks this process holds on it (SQLite's howtocorrupt, 2.2).
"""

import fcntl
import os
import sqlite3

SCHEMA_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "trace.sql")
with open(SCHEMA_PATH, encoding="utf-8") as _schema_file:
    SCHEMA = _schema_file.read()


def _schema_pragma(name):
    """The schema holds both numbers in its `PRAGMA name = N;` lines: the version, and the application id
    that marks a trace."""
    prefix = f"PRAGMA {name} = "
    for line in SCHEMA.splitlines():
        if line.startswith(prefix):
            return int(line[len(prefix):].rstrip().rstrip(";"))
    raise ImportError(f"{SCHEMA_PATH} sets no {name}")


SCHEMA_VERSION = _schema_pragma("user_version")
APPLICATION_ID = _schema_pragma("application_id")
SIDE_FILES = ("-wal", "-shm", "-journal")


class TraceRefused(Exception):
    """The path cannot take a new trace; the message is one line for the user."""


def holds_a_trace_or_nothing(value):
    """Whether the SQLite database that value(sql) reads (the first column of the first row) is a trace of
    ours or holds nothing yet. Traces written before the application id are known by their meta table."""
    try:
        if value("PRAGMA page_count") == 0:
            return True
        application_id = value("PRAGMA application_id")
        if application_id != 0:
            return application_id == APPLICATION_ID
        return bool(value("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'")
                    and value("SELECT count(*) FROM meta WHERE key = 'recorder_version'"))
    except sqlite3.OperationalError:  # locked, unreadable: not an answer
        raise
    except sqlite3.DatabaseError:  # "file is not a database"
        return False


def start_new(path):
    """Make an empty file at `path` for a new recording, replacing a trace of ours that nobody records now;
    return the descriptor that holds the recording's lock (keep it open for the recording's lifetime).
    Raises TraceRefused for anything else."""
    try:
        return _create_locked(path)
    except FileExistsError:
        _remove_old_trace(path)
    try:
        return _create_locked(path)
    except FileExistsError:  # another recording made it meanwhile
        raise TraceRefused(f"{path} is being recorded by another process right now") from None


def _create_locked(path):
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        raise
    except OSError as e:
        raise TraceRefused(f"cannot write the trace {path}: {e.strerror}") from None
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        # Until the lock, another recording's start may take the empty file for an old one and replace it.
        ours = os.path.samestat(os.fstat(descriptor), os.stat(path))
    except OSError:
        ours = False
    if not ours:  # another recording's start took it first
        os.close(descriptor)
        raise TraceRefused(f"{path} is being recorded by another process right now")
    return descriptor


def _remove_old_trace(path):
    if os.path.isdir(path):
        raise TraceRefused(f"{path} is a directory, not a trace")
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError as e:
        raise TraceRefused(f"cannot replace {path}: {e.strerror}") from None
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise TraceRefused(f"{path} is being recorded by another process right now") from None
        if not _is_trace_or_empty(path):
            raise TraceRefused(f"{path} is not an asynctrace trace: not replacing it")
        for name in [path + suffix for suffix in SIDE_FILES] + [path]:
            try:
                os.remove(name)
            except FileNotFoundError:
                pass
            except OSError as e:
                raise TraceRefused(f"cannot replace {name}: {e.strerror}") from None
    finally:
        os.close(descriptor)  # no connection of this process has the old file open


def connect_read_only(path, mode="mode=ro"):
    """A connection that reads path without writing to it (mode=ro, or immutable=1), whatever its name holds
    (?, #, %, bytes that are no UTF-8)."""
    from urllib.parse import quote  # here, not at every traced process's start

    return sqlite3.connect(f"file:{quote(os.fsencode(path))}?{mode}", uri=True)


def _is_trace_or_empty(path):
    """holds_a_trace_or_nothing() for a file nobody records now, read without creating or changing anything:
    without a -wal file, immutable (no -shm made); with one, read-only (it replays the -wal)."""
    if os.path.getsize(path) == 0:
        return True
    mode = "mode=ro" if os.path.exists(path + "-wal") else "immutable=1"
    try:
        conn = connect_read_only(path, mode)
        try:
            return holds_a_trace_or_nothing(lambda sql: conn.execute(sql).fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as e:
        raise TraceRefused(f"cannot replace {path}: {e}") from None
