"""The traced process's life: what is left at exit, forked children, multiprocessing workers."""

import gc
import itertools
import os
import re
import sys
import time
import types

from . import ENV_VAR
from ._coroutines import _not_started
from ._events import (EXCEPTION_NEVER_RETRIEVED, LOOP_BLOCKED, MULTIPROCESSING_WORKER, TASK_PENDING_AT_CLOSE,
                      TASK_PENDING_AT_EXIT)
from ._hooks import HOOKS, PY312, patch_method
from ._tasks import _coro_of, _task_name, exception_text
from ._writer import _FETCHONE, _LISTDIR, CHILD_NOT_RECORDED, DURABLE_WAIT_S, LOCK_HOLDERS, _warn_once

# How long a fork may wait for the recorder's own write, or SQLite's mutexes, to be free.
FORK_WAIT_S = 5
# CPython 3.12 warns of other threads at fork before the after-fork handlers run (3.13 after them): that
# warning is Python code (it may read the source line, handing the GIL to another thread) run while the
# before-fork handlers hold SQLite's mutexes.
WARNS_BEFORE_AFTER_FORK_HANDLERS = sys.version_info[:2] == (3, 12)
WARNED_WITH_SQLITE_HELD = ("other threads ran, and CPython 3.12 warns of them at fork before the handlers that "
                           "give the child SQLite free")
# multiprocessing forks its workers (and Process children) from here.
_POPEN_FORK = os.path.join("multiprocessing", "popen_fork.py")
# How long after it started a Python child may take to join the trace (it does at interpreter start-up).
JOIN_WAIT_S = 2
# The names of Python interpreters: python, python3, python3.12, python3.13t, ...
PYTHON_NAME = re.compile(r"python[0-9.]*[td]?")
# Options with which Python prints and exits before site runs: such a child runs no program to record.
_NO_PROGRAM = {"-V", "-VV", "--version", "-h", "-?", "--help", "--help-env", "--help-xoptions", "--help-all"}


class ProcessLifecycle:
    """The recorder's process hooks (a part of Recorder)."""

    def at_exit(self):
        """The scan accounts for everything still alive, so the trace closes here: what interpreter
        teardown destroys afterwards would only repeat it."""
        if self.writer.pid != os.getpid():
            return
        if self.enabled:
            try:
                self.stop_watchdog(at_exit=True)
                self.end_all_blocking()
                self.scopes_at_exit()
                self.scan_leftovers()
                self.check_pytest_ran()
            except BaseException as e:
                if not self.contain("exit scan", e):
                    self.close()
                    raise
        self.name_children_that_did_not_join()
        self.close()

    def _wrap_exec(self):
        """os.exec* replaces the process without exit handlers. All the exec variants of os end in execv or
        execve, looked up in os at call time."""
        recorder = self
        for name in ("execv", "execve"):
            original = getattr(os, name)

            def exec_(*args, _original=original):
                return recorder.exec_(_original, args)

            exec_.__name__ = exec_.__qualname__ = name
            exec_.__doc__ = original.__doc__
            setattr(os, name, exec_)

    def _wrap_close(self):
        """A daemon's os.closerange (or os.close, os.dup2 onto one of SQLite's descriptors) would leave the
        connection writing into whatever file next gets those numbers. The connection is closed properly
        first (the writer reopens it at its next write); the call itself then runs as untraced. os.close is
        frequent (subprocess, asyncio's self-pipe): its common path is one set membership test. These are
        looked up on os at call time; a child inherits them, and the writer's pid check leaves its inherited
        copies alone."""
        fds, release = self.writer.fds, self.writer.release

        def wrap(original, closes_ours):
            def wrapper(*args, **kwargs):
                try:
                    ours = closes_ours(*args, **kwargs)
                except Exception:  # a wrong call: the original raises as untraced
                    ours = False
                if ours:
                    release()
                try:
                    return original(*args, **kwargs)
                except BaseException as e:
                    _drop_own_frame(e)
                    raise

            wrapper.__name__ = wrapper.__qualname__ = original.__name__
            wrapper.__doc__ = original.__doc__
            setattr(os, original.__name__, wrapper)

        wrap(os.close, lambda fd: fd in fds)
        wrap(os.closerange, lambda low, high: [fd for fd in fds if low <= fd < high] != [])
        wrap(os.dup2, lambda fd, fd2, inheritable=True: fd2 in fds)

    def exec_(self, exec_function, args):
        """What this image leaves behind is accounted for and its end written first, as at exit (the new
        program records as a process of its own). An exec that fails (execvp tries one directory of PATH
        after another) takes that back, rows and state, and the recording goes on. The writer's lock is
        held throughout, so that no other thread's rows are taken back with them."""
        w = self.writer
        if w.failed or w.pid != os.getpid():
            return exec_function(*args)
        with w.lock:
            w.flush_held()
            try:
                last_event_id = w.last_event_id()
            except Exception as e:
                self.fail("os.exec", e)
                return exec_function(*args)
            scanned = (self.silenced, self.cancel_recorded, self.block_episodes, self.unstarted_task_coros)
            before = [table.copy() for table in scanned]
            if self.enabled:
                try:
                    self.end_all_blocking()
                    self.scan_leftovers()
                except Exception as e:
                    self.fail("exit scan", e)
            self.name_children_that_did_not_join()
            w.flush_held()
            if not w.failed:
                try:
                    w.mark_end()
                except Exception as e:
                    self.fail("os.exec", e)
            try:
                return exec_function(*args)
            except BaseException:
                for table, copy in zip(scanned, before):  # in place: the recompiled methods hold them
                    table.clear()
                    table.update(copy)
                if not w.failed:
                    try:
                        # The scan's events: this thread's, and the blocked loops it ended (their episodes
                        # are restored above); other threads' rows meanwhile stay.
                        w.take_back_end(last_event_id, self.thread_id(), LOOP_BLOCKED)
                    except Exception as e:
                        self.fail("os.exec", e)
                raise

    def scan_leftovers(self):
        """At exit CPython reports nothing more: find never-awaited coroutines and pending tasks here."""
        coroutine_type = types.CoroutineType
        future_type = self.future_types if self.installed_asyncio else None
        coroutines, futures = [], []
        objects = gc.get_objects()
        frozen = _frozen_objects(objects) if gc.get_freeze_count() > self.frozen_at_start else []
        # A forked child's frozen coroutines are its parent's (its snapshot at fork could not see them),
        # unless it froze more itself.
        inherited = self.forked and gc.get_freeze_count() <= self.frozen_at_fork
        for objects, own_coroutines in ((objects, True), (frozen, not inherited)):
            for obj in _of_types(objects, coroutine_type, future_type):
                if type(obj) is coroutine_type:
                    if own_coroutines:
                        coroutines.append(obj)
                else:
                    futures.append(obj)
        task_coros = set()
        task_type = self.task_types if future_type is not None else ()
        for fut in futures:
            is_task = isinstance(fut, task_type)
            if is_task:
                task_coros.add(id(_coro_of(fut)))  # the parent's tasks too: their coroutines are no leaks
            if self.forked and not self.loop_seen_here(fut.get_loop()):
                continue  # the parent's, copied by fork: the parent reports it
            if is_task:
                if not fut.done():
                    loop = fut.get_loop()
                    closed = loop.is_closed()
                    if not closed or not isinstance(loop, self.base_loop_class):  # else seen at close
                        tid = self.task_id(fut)
                        self.emit(TASK_PENDING_AT_CLOSE if closed else TASK_PENDING_AT_EXIT,
                                  loop_id=self.loop_id(loop), task_id=tid, site_id=self.await_site(fut),
                                  arg=int(self.cancel_pending(fut, tid)), detail=_task_name(fut))
                    continue
            if fut.done() and not fut.cancelled() and fut._log_traceback:
                exc = fut._exception
                self.emit(EXCEPTION_NEVER_RETRIEVED, loop_id=self.loop_id(fut.get_loop()),
                          task_id=self.task_id(fut) if is_task else None,
                          ref_id=None if is_task else self.writer.new_id(), site_id=self.sites.raised_at(exc),
                          detail=exception_text(exc))
        for key in list(self.silenced):  # alive, and their exception still never retrieved
            self.report_silenced(key)
        for coro in coroutines:
            if id(coro) not in task_coros and _not_started(coro):
                self.never_awaited(coro, alive_at_exit=True)

    def _install_fork_handlers(self):
        # Before-fork handlers run in reverse order of registration, the others in order: SQLite's mutexes
        # are taken last before the fork and released first after it (see _sqlite_fork).
        w = self.writer
        os.register_at_fork(before=w.take_mutexes.handler, after_in_parent=w.release_mutexes.handler,
                            after_in_child=w.release_mutexes.handler)
        os.register_at_fork(before=self.before_fork, after_in_parent=self.after_fork_in_parent,
                            after_in_child=self.after_fork_in_child)

    def before_fork(self):
        """The child must start with SQLite free to use, and on CPython 3.12+ the program forks as untraced:
        the watchdog thread ends first, or CPython would warn that the process has other threads. Fork
        handlers never raise: CPython would print what they raised."""
        if self.unrecorded:
            return
        try:
            self.watchdog_stopped = PY312 and self.stop_watchdog()
            # Holding SQLite's mutexes while Python code runs could deadlock (see _sqlite_fork).
            if WARNS_BEFORE_AFTER_FORK_HANDLERS and _other_threads():
                self.fork_unsafe = WARNED_WITH_SQLITE_HELD
            else:
                self.fork_unsafe = self.writer.hold_for_fork(time.monotonic() + FORK_WAIT_S)
        except Exception as e:
            self.fork_unsafe = f"{type(e).__name__}: {e}"

    def after_fork_in_parent(self):
        if self.unrecorded:
            return
        try:
            why = self.fork_unsafe or self.writer.release_after_fork()
            if why is not None:
                self.writer.write_gap(CHILD_NOT_RECORDED, "fork",
                                      f"a child forked at this moment records nothing: {why}", self.current_test)
        except Exception:
            pass
        if self.watchdog_stopped:  # after the release above, which nothing may keep from running
            try:
                self.restart_watchdog_soon()
            except Exception as e:
                self.fail("blocking watchdog", e)

    def after_fork_in_child(self):
        if self.unrecorded:
            return
        # Said with the process row, in one transaction: Pool.terminate() may kill a worker before
        # multiprocessing's own after-fork hooks run, or between two commits of this handler (both seen under
        # load), and a worker's row without it reads as a process that lost its last moments.
        frame = sys._getframe()
        while frame is not None and not frame.f_code.co_filename.endswith(_POPEN_FORK):
            frame = frame.f_back
        worker = frame is not None
        try:
            why = self.fork_unsafe or self.writer.after_fork_in_child(MULTIPROCESSING_WORKER if worker else None)
        except Exception as e:
            why = f"{type(e).__name__}: {e}"
            _warn_once(f"asynctrace: not recording forked child {os.getpid()}: {why}")
        if why is not None:  # nor its own children: the parent's connection is not theirs to use either
            self.unrecorded = True
            self.enabled = False
            return
        self.sites.reset()
        self.reset()  # the parent's tasks, loops and sites are rows of the parent's, not this process's
        self.forked = True
        self.note_inherited_coroutines()
        self.frozen_at_fork = gc.get_freeze_count()
        self.said_worker = worker

    def _install_subprocess(self, subprocess):
        """The Python children that subprocess starts: a child that cannot join the trace (isolated mode,
        another user, an environment without ASYNCTRACE_DB) is named in a gap at exit, not left unseen.
        Compiled when the program first starts a child (asyncio imports subprocess; most programs never use
        it). Both are checked before either is replaced."""
        hooks = {"_asynctrace_child_started": self.guarded(self.child_started)}
        edit = ("self._child_created = True",
                "self._child_created = True; _asynctrace_child_started(self.pid, executable, args, env)")
        hook = HOOKS["subprocess.Popen"]
        originals = {name: subprocess.Popen.__dict__[name] for name in ("_execute_child", "_posix_spawn")}

        def install():
            try:
                for name in originals:
                    patch_method(subprocess.Popen, name, hooks, [edit], self.failed_later(hook.name))
            except BaseException:
                for name, original in originals.items():
                    setattr(subprocess.Popen, name, original)
                raise

        self.install_hook(hook.name, install)

    def child_started(self, pid, executable, args, env):
        program = os.fsdecode(executable if executable is not None else args[0])
        if not PYTHON_NAME.fullmatch(os.path.basename(program)):
            return
        argv = [os.fsdecode(arg) for arg in args]
        if _NO_PROGRAM.intersection(itertools.takewhile(lambda arg: arg.startswith("-") and arg not in ("-c", "-m"),
                                                        argv[1:])):
            return
        flags = "".join(arg[1:] for arg in itertools.takewhile(
            lambda arg: arg.startswith("-") and not arg.startswith("--") and arg not in ("-c", "-m"), argv[1:]))
        if set(flags) & set("IES"):
            why = "its -I, -E or -S keeps the recorder from starting"
        elif env is not None and ENV_VAR not in env and os.fsencode(ENV_VAR) not in env:
            why = f"its environment has no {ENV_VAR}"
        else:
            why = None  # it should join: known only once its process row is there
        self.python_children.append((pid, time.monotonic_ns(), " ".join(argv)[:200], why))

    def name_children_that_did_not_join(self):
        """At exit: each Python child without a process row of its own is named in a gap. One that should
        have joined, started less than JOIN_WAIT_S ago, may still be starting: given that long."""
        w = self.writer
        if not self.python_children or w.failed:
            return
        w.flush(wait_s=DURABLE_WAIT_S)  # reconnects, if the program made the writer release its connection
        children = self.python_children[:]
        self.python_children.clear()
        for pid, started_ns, command, why in children:
            while True:
                try:
                    with w.lock:  # one cursor, which other threads' flushes use too
                        joined = _FETCHONE(w.execute("SELECT count(*) FROM processes WHERE pid = ? AND parent_pid = ?",
                                                     (pid, os.getpid())))[0]
                except Exception as e:
                    return self.fail("children", e)
                if joined or why is not None or time.monotonic_ns() - started_ns > JOIN_WAIT_S * 1e9:
                    break
                time.sleep(0.05)
            if not joined:
                why = why or "it could not open the trace (another user?) or did not start"
                w.write_gap(CHILD_NOT_RECORDED, "subprocess",
                            f"Python child {pid} ({command}) did not join the trace: {why}", self.current_test)

    def _install_multiprocessing(self, util):
        """multiprocessing children end in os._exit and clear finalizers: flush from their exit hook."""
        util.register_after_fork(self, type(self)._in_multiprocessing_child)

    def _in_multiprocessing_child(self):
        # No SIGTERM handler for Pool.terminate(): a Python-level handler can miss a signal that lands
        # just before a blocking call (the worker then never dies and terminate() hangs), so what a
        # terminated worker had not flushed (at most its last flush interval) is lost instead.
        import multiprocessing.util as util

        util.Finalize(None, self.at_exit, exitpriority=-1000)
        self.say_multiprocessing_worker()

    def say_multiprocessing_worker(self):
        """Written at once: the analyzer lets only such a process end without closing its trace (once all its
        loops closed); any other that never closed it reads as incomplete."""
        if self.enabled and not getattr(self, "said_worker", False):
            self.said_worker = True
            self.emit(MULTIPROCESSING_WORKER)
            self.writer.flush(wait_s=DURABLE_WAIT_S)


LOCK_HOLDERS.add(ProcessLifecycle.exec_.__code__)


def _drop_own_frame(error):
    """An error of the original call, raised by a wrapper as untraced: its traceback without the wrapper's
    frame. A bare raise adds no frame; before 3.11 it re-raises the traceback it caught, frame included."""
    if error.__traceback__ is not None:
        error.__traceback__ = error.__traceback__.tb_next


def _other_threads():
    """Whether this process has a thread besides the calling one, as CPython counts them at fork."""
    try:
        return len(_LISTDIR("/proc/self/task")) > 1
    except OSError:
        threading = sys.modules.get("threading")
        return threading is not None and threading.active_count() > 1


def _of_types(objects, exact_type, base_types):
    """The objects of exactly exact_type or of a subclass of base_types (None: none), picked with C loops:
    an isinstance() per object of the whole heap was the most of a small traced program's exit."""
    kinds = list(map(type, objects))
    wanted = {exact_type}
    if base_types is not None:
        wanted.update([cls for cls in set(kinds) if issubclass(cls, base_types)])
    return itertools.compress(objects, map(wanted.__contains__, kinds))


def _frozen_objects(visible):
    """What gc.freeze() hides from gc.get_objects() (pre-fork servers freeze what their workers inherit),
    found by following references from everything else. Not by gc.unfreeze(): interpreter shutdown never
    collects frozen objects, so unfreezing would change what the program prints as it ends. A module is
    followed into its __dict__ only: a C module's own references may include objects it keeps for reuse
    (3.12's _asyncio lists its free future iterators), which a reference taken here would corrupt."""
    seen = {id(obj) for obj in visible}
    frontier = [*visible, sys.modules, sys._current_frames()]
    found = []
    while frontier:
        reached = []
        others = [obj for obj in frontier if not isinstance(obj, types.ModuleType)]
        batches = [vars(obj) for obj in frontier if isinstance(obj, types.ModuleType)], *(
            gc.get_referents(*others[start:start + 10_000]) for start in range(0, len(others), 10_000))
        for obj in itertools.chain.from_iterable(batches):
            if gc.is_tracked(obj) and id(obj) not in seen:
                seen.add(id(obj))
                reached.append(obj)
        found += reached
        frontier = reached
    return found
