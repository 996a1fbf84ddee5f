"""SQLite across fork: no child starts with a SQLite mutex that another thread of its parent held.

fork() copies only the forking thread. A mutex that another thread held at that moment stays locked forever
in the child, and SQLite's global ("static") mutexes are taken by every open, allocation and page-cache
call of every connection in the process, the program's own included: the child's first sqlite3.connect then
hangs. So, in the pthread_atfork pattern, the parent takes them all just before fork and releases them
after it, and the child releases its copies, all free again.

Two rules keep that from deadlocking the parent:
- Never wait for a mutex while holding another: each is tried, and on a miss all are released and tried
  again after a pause, so SQLite's own lock order never matters.
- Never run Python code while holding the allocator's mutex (STATIC_MEM): the interpreter may hand the GIL
  to another thread between any two calls, and sqlite3 calls SQLite's allocator while holding the GIL
  (binding a parameter, reading a column); that thread would then wait for the mutex and this one for the
  GIL. So that one is taken by the last before-fork handler and released by the first after-fork ones,
  which are C calls composed without Python code (see CallEach), and with a plain wait: the allocator's
  mutex is innermost, its holder waits for nothing else, and it cannot hold the GIL while this thread does.
  The others are taken by Python code, as no thread takes them while holding the GIL.
"""

import functools
import operator
import time

SQLITE_MUTEX_STATIC_MEM = 3
# SQLITE_MUTEX_STATIC_MAIN (2) to SQLITE_MUTEX_STATIC_VFS3 (13), but for MEM: OPEN, PRNG, LRU, PMEM,
# APP1-3 and VFS1-3 (VFS1 guards os_unix.c's list of open files, which an open searches).
OTHER_STATIC_MUTEX_IDS = [2] + list(range(4, 14))
SQLITE_OK = 0


class CallEach:
    """A callable made of C functions only, calling each callable of a list that can change later: calling
    it runs no Python code. For fork handlers registered at start-up that call ctypes functions loaded at
    the first fork."""

    def __init__(self):
        self.calls = []
        self.handler = functools.partial(max, self.calls, key=operator.methodcaller("__call__"), default=None)


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
            library = ctypes.PyDLL(path)  # PyDLL: its calls keep the GIL (see above)
            alloc, self._try, enter, leave = (library.sqlite3_mutex_alloc, library.sqlite3_mutex_try,
                                              library.sqlite3_mutex_enter, library.sqlite3_mutex_leave)
        except (OSError, AttributeError) as e:
            raise SqliteUnreachable(f"SQLite's mutex functions are not reachable from {path or 'the interpreter'}:"
                                    f" {e}") from None
        alloc.restype, alloc.argtypes = ctypes.c_void_p, [ctypes.c_int]
        self._try.restype = ctypes.c_int
        for function in (self._try, enter, leave):
            function.argtypes = [ctypes.c_void_p]
        enter.restype = leave.restype = None
        self._leave = leave
        # NULL in a build without mutexes (SQLITE_THREADSAFE=0): nothing to hold.
        self.others = [m for m in map(alloc, OTHER_STATIC_MUTEX_IDS) if m]
        allocator = alloc(SQLITE_MUTEX_STATIC_MEM)
        self.enter_allocator = [functools.partial(enter, allocator)] if allocator else []
        self.leave_allocator = [functools.partial(leave, allocator)] if allocator else []

    def hold_others(self, deadline):
        """Hold every static mutex but the allocator's, or none of them after time.monotonic() passes
        deadline (False)."""
        pause = 0.0001
        while True:
            held = []
            for mutex in self.others:
                if self._try(mutex) != SQLITE_OK:
                    break
                held.append(mutex)
            else:
                return True
            for mutex in reversed(held):
                self._leave(mutex)
            if time.monotonic() > deadline:
                return False
            time.sleep(pause)  # lets the thread that holds one finish (none is held now)
            pause = min(pause * 2, 0.01)

    def release_others(self):
        for mutex in reversed(self.others):
            self._leave(mutex)


_static_mutexes = None


def static_mutexes():
    """The process's StaticMutexes, loaded at its first fork (never at start-up); raises SqliteUnreachable."""
    global _static_mutexes
    if _static_mutexes is None:
        _static_mutexes = StaticMutexes()
    return _static_mutexes
