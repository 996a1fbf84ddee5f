"""SQLite across fork: no child starts with a SQLite mutex that another thread of its parent held.

fork() copies only the forking thread. A mutex that another thread held at that moment stays locked forever
in the child, and SQLite's global ("static") mutexes are taken by every open, allocation and page-cache
call of every connection in the process, the program's own included: the child's first sqlite3.connect then
hangs. So, in the pthread_atfork pattern, the parent takes them all just before fork and releases them
after it, and the child releases its copies, all free again. Two rules keep that from deadlocking:

- Never wait for a mutex: each is only tried (a miss means another thread is inside SQLite, and the child
  must not use SQLite), so SQLite's own lock order never matters.
- Never run Python code while holding one: the interpreter may hand the GIL to another thread between any
  two calls, and sqlite3 calls into SQLite while holding the GIL (binding a parameter allocates; closing a
  connection takes the open-files mutex on 3.9), so that thread would wait for the mutex and this one for
  the GIL. The mutexes are therefore taken by the last before-fork handler and released by the first
  after-fork ones, each made of C calls only (Slot): a sort of the mutexes by the outcome of trying
  each (held ones first, then a sentinel that is always busy, then those that were not free), and a walk
  over the held ones up to the sentinel that releases them.

Just before that, a probe (the same two calls, back to back) waits, with pauses, until every mutex is free
at once, so that the real try at the fork rarely finds one busy.
"""

import functools
import itertools
import operator
import time
from collections import deque

# SQLITE_MUTEX_STATIC_MAIN (2) to SQLITE_MUTEX_STATIC_VFS3 (13): MEM, OPEN, PRNG, LRU, PMEM, APP1-3 and
# VFS1-3 (VFS1 guards os_unix.c's list of open files, which an open searches).
STATIC_MUTEX_IDS = range(2, 14)
SQLITE_MUTEX_FAST = 0
_call = operator.methodcaller("__call__")
_consume = deque(maxlen=0).extend


class Slot:
    """A callable made of C functions only that calls the callable put in it (if any) later: calling it runs
    no Python code (fork handlers registered at start-up, filled at each fork)."""

    def __init__(self):
        self.calls = []  # none or one: max() compares nothing then
        self.handler = functools.partial(max, self.calls, key=_call, default=None)


class SqliteUnreachable(Exception):
    """The SQLite library that sqlite3 uses does not export its mutex functions."""


class StaticMutexes:
    """SQLite's static mutexes, in the library the sqlite3 module itself loaded."""

    def __init__(self):
        import ctypes

        import _sqlite3

        # dlsym() on _sqlite3's own handle searches that module, then the libraries it loaded: the
        # libsqlite3 it links to, or its own copy when SQLite is linked in statically. A _sqlite3 built into
        # the interpreter has no file: the interpreter's own symbols then.
        path = getattr(_sqlite3, "__file__", None)
        try:
            library = ctypes.PyDLL(path)  # PyDLL: its calls keep the GIL
            alloc, try_, self._enter, self._leave = (library.sqlite3_mutex_alloc, library.sqlite3_mutex_try,
                                                     library.sqlite3_mutex_enter, library.sqlite3_mutex_leave)
        except (OSError, AttributeError) as e:
            raise SqliteUnreachable(f"SQLite's mutex functions are not reachable from {path or 'the interpreter'}:"
                                    f" {e}") from None
        alloc.restype, alloc.argtypes = ctypes.c_void_p, [ctypes.c_int]
        try_.restype = ctypes.c_int
        for function in (try_, self._enter, self._leave):
            function.argtypes = [ctypes.c_void_p]
        self._enter.restype = self._leave.restype = None
        # NULL in a build without mutexes (SQLITE_THREADSAFE=0): nothing to hold.
        self.statics = [m for m in map(alloc, STATIC_MUTEX_IDS) if m]
        # Ours alone, held while the mutexes are tried: trying it fails, so the sort puts it right after the
        # mutexes that were free.
        self.sentinel = alloc(SQLITE_MUTEX_FAST)
        self.order = []
        self.try_all = functools.partial(self.order.sort, key=try_)

    def _arm(self):
        """Ready the two C-only calls for one try: the order reset, the sentinel held, and a walk over what
        will be the held mutexes, made now (it reads the order only when it runs)."""
        self.order[:] = [self.sentinel, *self.statics]
        self._enter(self.sentinel)
        return functools.partial(_consume, map(self._leave, itertools.takewhile(
            functools.partial(operator.is_not, self.sentinel), self.order)))

    def all_were_held(self):
        """After a try: whether it took every mutex. Ends the try (the sentinel is released)."""
        self._leave(self.sentinel)
        return self.order.index(self.sentinel) == len(self.statics)

    def wait_until_free(self, deadline):
        """Probe until every mutex is free at the same moment (True), or time.monotonic() passes deadline."""
        pause = 0.0001
        while True:
            release_held = self._arm()
            _consume(map(_call, [self.try_all, release_held]))  # one C call: nothing runs in between
            if self.all_were_held():
                return True
            if time.monotonic() > deadline:
                return False
            time.sleep(pause)  # lets the thread that holds one finish
            pause = min(pause * 2, 0.01)

    def arm_fork(self, take, release):
        """The real try: `take` (the last before-fork handler) tries them all, `release` (the first after-fork
        handler, in parent and child) releases those it took; all_were_held() tells afterwards."""
        release.calls[:] = [self._arm()]
        take.calls[:] = [self.try_all]


_static_mutexes = None


def static_mutexes():
    """The process's StaticMutexes, loaded at its first fork (never at start-up); raises SqliteUnreachable."""
    global _static_mutexes
    if _static_mutexes is None:
        _static_mutexes = StaticMutexes()
    return _static_mutexes
