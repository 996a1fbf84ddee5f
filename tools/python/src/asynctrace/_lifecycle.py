"""The traced process's life: what is left at exit, forked children, multiprocessing workers."""

import gc
import os
import types

from ._events import EXCEPTION_NEVER_RETRIEVED, TASK_PENDING_AT_CLOSE, TASK_PENDING_AT_EXIT
from ._tasks import _coro_of, _task_name, exception_text


class ProcessLifecycle:
    """The recorder's process hooks (a part of Recorder)."""

    def at_exit(self):
        """The scan accounts for everything still alive, so the trace closes here: what interpreter
        teardown destroys afterwards would only repeat it."""
        if self.writer.pid != os.getpid():
            return
        if self.enabled:
            try:
                self.end_all_blocking()
                self.scan_leftovers()
            except BaseException as e:
                if not self.contain("exit scan", e):
                    self.close()
                    raise
        self.close()

    def _wrap_exec(self):
        """os.exec* replaces the process without exit handlers: what it leaves behind is accounted for and
        the trace closed first, as at exit (the new program records as a process of its own). All the
        exec variants of os end in execv or execve, looked up in os at call time."""
        recorder = self
        for name in ("execv", "execve"):
            original = getattr(os, name)

            def exec_(*args, _original=original):
                recorder.at_exit()
                return _original(*args)

            exec_.__name__ = exec_.__qualname__ = name
            exec_.__doc__ = original.__doc__
            setattr(os, name, exec_)

    def scan_leftovers(self):
        """At exit CPython reports nothing more: find never-awaited coroutines and pending tasks here."""
        import inspect

        coroutine_type = types.CoroutineType
        future_type = self.future_types if self.installed_asyncio else None
        coroutines, futures = [], []
        for obj in gc.get_objects():
            if type(obj) is coroutine_type:
                coroutines.append(obj)
            elif future_type is not None and isinstance(obj, future_type):
                futures.append(obj)
        task_coros = set()
        task_type = self.task_types if future_type is not None else ()
        for fut in futures:
            if self.forked and not self.loop_seen_here(fut.get_loop()):
                continue  # the parent's, copied by fork: the parent reports it
            if isinstance(fut, task_type):
                task_coros.add(id(_coro_of(fut)))
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
                is_task = isinstance(fut, task_type)
                self.emit(EXCEPTION_NEVER_RETRIEVED, loop_id=self.loop_id(fut.get_loop()),
                          task_id=self.task_id(fut) if is_task else None,
                          ref_id=None if is_task else self.writer.new_id(), site_id=self.sites.raised_at(exc),
                          detail=exception_text(exc))
        for key in list(self.silenced):  # alive, and their exception still never retrieved
            self.report_silenced(key)
        for coro in coroutines:
            if id(coro) not in task_coros and inspect.getcoroutinestate(coro) == inspect.CORO_CREATED:
                self.never_awaited(coro, alive_at_exit=True)

    def after_fork_in_child(self):
        try:
            self.writer.after_fork_in_child()
        except Exception as e:
            self.fail("fork", e)
            return
        self.sites.reset()
        self.reset()  # the parent's tasks, loops and sites are rows of the parent's, not this process's
        self.forked = True

    def _install_multiprocessing(self, util):
        """multiprocessing children end in os._exit and clear finalizers: flush from their exit hook."""
        util.register_after_fork(self, type(self)._in_multiprocessing_child)

    def _in_multiprocessing_child(self):
        # No SIGTERM handler for Pool.terminate(): a Python-level handler can miss a signal that lands
        # just before a blocking call (the worker then never dies and terminate() hangs), so what a
        # terminated worker had not flushed (at most its last flush interval) is lost instead.
        import multiprocessing.util as util

        util.Finalize(None, self.at_exit, exitpriority=-1000)
