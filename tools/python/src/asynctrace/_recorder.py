"""The runtime hooks: turn asyncio's lifecycle into trace rows, without changing what the program sees.

Rules this file keeps (DESIGN.md has the measurements behind them):
- never hold a strong reference to a task, coroutine or loop (it would change when they are collected);
- never call task.exception() (it marks the exception retrieved); read task._exception;
- patched asyncio methods are recompiled from asyncio's own source with the same file name and line
  numbers, so tracebacks and debug-mode source tracebacks read exactly as untraced;
- any error inside a hook is contained: recording stops, the program runs on.
"""

import atexit
import contextvars
import gc
import importlib
import os
import sys
import threading
import time
import types
from time import monotonic_ns
import warnings
import weakref

from . import _sites
from ._hooks import FAILED, HOOKS, INSTALLED, NOT_APPLICABLE
from ._writer import FLUSH_AGE_NS, _warn_once

PY311 = sys.version_info >= (3, 11)
PY312 = sys.version_info >= (3, 12)
PY314 = sys.version_info >= (3, 14)

# event kinds (schema/trace.sql, table event_kinds)
LOOP_CREATED, LOOP_RUN_START, LOOP_RUN_STOP, LOOP_CLOSED = 1, 2, 3, 4
TASK_CANCEL_REQUESTED, TASK_PENDING_AT_CLOSE, TASK_DESTROYED_PENDING = 12, 13, 14
EXCEPTION_NEVER_RETRIEVED, TASK_CANCEL_SWALLOWED, TASK_PENDING_AT_EXIT, TASK_RENAMED = 15, 16, 17, 18
COROUTINE_NEVER_AWAITED, CROSS_LOOP_AWAIT, CROSS_THREAD_CALL = 20, 30, 31

OUTCOME_RESULT, OUTCOME_EXCEPTION, OUTCOME_CANCELLED = 0, 1, 2
LOOP_RUNNING, LOOP_STOPPED, LOOP_CLOSED_STATE = 0, 1, 2
# cr_origin frames kept for every coroutine: the creating line is all a leaked coroutine needs, and each
# level costs a tuple per coroutine, which the garbage collector counts (a task's stack is walked once
# per distinct creating line instead).
ORIGIN_DEPTH = 1
# Task._asynctrace_callback: our done callback is there and gives way to the program's first one; is there
# and stays (the loop's own call_soon would not show us the program's); gave way.
OWN_CALLBACK, OWN_CALLBACK_STAYS, OWN_CALLBACK_GAVE_WAY = 1, 2, 3
DIFFERENT_LOOP = "attached to a different loop"


class Recorder:
    def __init__(self, writer):
        self.writer = writer
        self.sites = _sites.Sites(writer)
        self.tls = threading.local()
        self.loop_ids = weakref.WeakKeyDictionary()  # for loops without a __dict__ (uvloop)
        self.tasks = {}  # id(task) -> task id; removed when done or destroyed
        # Failed tasks, until CPython reports their exception never retrieved (or forever, if it was).
        self.failed_tasks = {}
        # Coroutines of tasks that may be dropped before they ever ran (pending at loop close, destroyed
        # pending): their "never awaited" warning is the task's story, not a leaked coroutine. A task
        # that never ran cannot be collected while its loop is open (the ready queue holds it).
        self.unstarted_task_coros = set()
        self.cancel_recorded = set()  # task ids with a recorded cancel request
        self.user_cancelled = set()  # ... of which one came from the program, not asyncio or a library
        # Coroutines reported when finalized, some of which pytest keeps alive until exit. Not a WeakSet:
        # a weak reference made inside a coroutine's finalizer is never cleared (a crash); and not id()
        # alone, which the next coroutine reuses at once.
        self.warned_coros = set()
        self.current_test = None
        self.current_test_row = None
        self.user_origin_depth = 0
        self.last_throw_id = None
        self.enabled = True
        self.installed_asyncio = False
        self.task_done_callback = self.task_done  # one bound method: compared by identity
        self.done_context = contextvars.Context()  # spares add_done_callback a context copy per task
        self.site_by_origin = {}
        self.saw_loop = False

    # -- plumbing -----------------------------------------------------------------------------------

    def thread_id(self):
        try:
            return self.tls.thread_id
        except AttributeError:
            w = self.writer
            tid = self.tls.thread_id = w.new_id()
            t = threading.current_thread()
            w.rows["threads"].extend((tid, w.process_id, threading.get_ident(),
                                      getattr(t, "native_id", None), t.name))
            return tid

    def emit(self, kind, loop_id=None, task_id=None, site_id=None, ref_id=None, arg=None, detail=None):
        w = self.writer
        ts = time.monotonic_ns()
        w.events.extend((ts, kind, w.process_id, self.thread_id(), loop_id, task_id, self.current_test,
                         site_id, ref_id, arg, detail))
        if ts - w.last_flush_ns > FLUSH_AGE_NS:
            w.flush()

    def emit_finding(self, kind, **fields):
        """Rare events that a finding rests on are written at once, whatever happens next."""
        self.emit(kind, **fields)
        self.writer.flush()

    def fail(self, where, error):
        """Stop recording, but keep what was recorded so far (it was consistent when buffered), and say in
        the trace from when on it is blind."""
        if not self.enabled:
            return
        self.enabled = False
        self.writer.flush()
        self.writer.write_gap("recording_stopped", where,
                              f"recording stopped after an internal error in {where}: "
                              f"{type(error).__name__}: {error}",
                              self.current_test)

    def close(self):
        self.enabled = False
        self.writer.close()

    # -- installation -------------------------------------------------------------------------------

    def install(self):
        self.install_hook("coroutine origin tracking", self._wrap_origin_tracking)
        self.install_hook("warnings._warn_unawaited_coroutine", self._wrap_unawaited_warning)
        self.install_hook("process exit", lambda: atexit.register(self.at_exit))
        self.install_hook("fork", lambda: os.register_at_fork(after_in_child=self.after_fork_in_child))
        self.writer.flush()
        on_import("asyncio", self.install_asyncio)
        on_import("multiprocessing.util", self._install_multiprocessing)

    def install_hook(self, name, install):
        """Install the declared hook `name` with install(), unless it is not meant for this version; the
        trace says at once whether it took, and why not."""
        hook = HOOKS[name]
        if not hook.applies():
            return self.hook_row(hook, NOT_APPLICABLE)
        try:
            install()
        except Exception as e:  # the method stays as it was; the rules that need it will say so
            reason = str(e) if isinstance(e, HookNotInstalled) else f"{type(e).__name__}: {e}"
            return self.hook_row(hook, FAILED, reason)
        return self.hook_row(hook, INSTALLED)

    def hook_row(self, hook, status, detail=None):
        w = self.writer
        w.rows["hooks"].extend((w.process_id, hook.name, hook.mechanism, hook.versions, status,
                                " ".join(hook.rules), detail))
        return status == INSTALLED

    def _wrap_unawaited_warning(self):
        warnings._warn_unawaited_coroutine = self._make_unawaited_hook(warnings._warn_unawaited_coroutine)

    def _wrap_origin_tracking(self):
        """The program keeps seeing (and setting) its own depth; ours only raises the real one."""
        depth = sys.get_coroutine_origin_tracking_depth()
        self.user_origin_depth = depth
        sys.set_coroutine_origin_tracking_depth(max(depth, ORIGIN_DEPTH))
        real_set = sys.set_coroutine_origin_tracking_depth
        recorder = self

        def set_coroutine_origin_tracking_depth(depth):
            real_set(depth)  # validates the argument exactly as before
            recorder.user_origin_depth = depth
            real_set(max(depth, ORIGIN_DEPTH))

        def get_coroutine_origin_tracking_depth():
            return recorder.user_origin_depth

        sys.set_coroutine_origin_tracking_depth = set_coroutine_origin_tracking_depth
        sys.get_coroutine_origin_tracking_depth = get_coroutine_origin_tracking_depth

    def install_asyncio(self, _module=None):
        if self.installed_asyncio:
            return
        self.installed_asyncio = True
        try:
            self._install_asyncio()
        except Exception as e:  # the program runs on; the trace says from when on it saw nothing
            self.fail("installing the asyncio hooks", e)

    def _install_asyncio(self):
        import asyncio
        from asyncio import base_events, events

        self.asyncio = asyncio
        self.current_task = asyncio.current_task
        self.base_loop_class = base_events.BaseEventLoop
        self.foreign_loops = weakref.WeakSet()
        from asyncio import futures, tasks

        # The classes asyncio has now; a program may install others later (nest_asyncio installs the
        # pure-Python ones): create_task and create_future then derive from those instead.
        self.base_task, self.base_future = tasks.Task, futures.Future
        self.c_task = getattr(tasks, "_CTask", tasks.Task)
        self.task_types = tuple({tasks.Task, getattr(tasks, "_PyTask", tasks.Task)})
        self.future_types = tuple({futures.Future, getattr(futures, "_PyFuture", futures.Future)})
        self.traced_classes = {}  # program's class -> our subclass of it
        self.hidden_callback_classes = set()  # ours whose done callback stays out of the program's sight
        self.Task = self.traced_class(tasks.Task)
        self.base_add_done_callback = self.base_task.add_done_callback  # C's, past our Task's own
        self.Future = None if PY312 else self.traced_class(futures.Future)
        hooks = {
            "_asynctrace_Task": self.Task,
            "_asynctrace_base_task": self.base_task,
            "_asynctrace_traced_class": self.traced_class,
            "_asynctrace_task_created": self.task_created,
            "_asynctrace_cross_thread": self.guarded(self.cross_thread_call),
            "_asynctrace_get_ident": threading.get_ident,
            "_asynctrace_loop_closing": self.guarded(self.loop_closing),
        }
        loop_class = base_events.BaseEventLoop
        self.install_hook("BaseEventLoop.create_task", lambda: patch_method(loop_class, "create_task", hooks, [
            ("self._check_closed()",
             "self._check_closed(); (self._thread_id is None or self._thread_id == _asynctrace_get_ident()"
             " or _asynctrace_cross_thread(self, 'create_task'))"),
            ("tasks.Task(coro,", "(_asynctrace_Task if tasks.Task is _asynctrace_base_task"
                                 " else _asynctrace_traced_class(tasks.Task))(coro,"),
            ("return task", "return _asynctrace_task_created(self, task, coro)"),
        ] + ([  # 3.14+: a task factory's task is returned at once
            ("return self._task_factory(self, coro, **kwargs)",
             "return _asynctrace_task_created(self, self._task_factory(self, coro, **kwargs), coro)"),
        ] if PY314 else [])))
        # A finished task schedules its done callbacks through call_soon: ours runs at once instead of
        # costing a Handle and a loop iteration per task (C asyncio ignores the handle it gets back).
        # A task whose first callback is the program's ends when that callback is scheduled (the first
        # argument is the task, now done, and still in self.tasks).
        hooks["_asynctrace_task_done"] = self.task_done_callback
        hooks["_asynctrace_tasks"] = self.tasks
        hooks["_asynctrace_callback_scheduled"] = self.callback_scheduled
        patched = self.install_hook("BaseEventLoop.call_soon", lambda: patch_method(loop_class, "call_soon", hooks, [
            ("self._check_closed()",
             "self._check_closed(); (self._thread_id is None or self._thread_id == _asynctrace_get_ident()"
             " or _asynctrace_cross_thread(self, 'call_soon', callback, args))"),
            ("handle = self._call_soon(callback, args, context)",
             "handle = _asynctrace_task_done(*args) if callback is _asynctrace_task_done"
             " else self._call_soon(callback, args, context) if not args or id(args[0]) not in _asynctrace_tasks"
             " else (_asynctrace_callback_scheduled(args[0]) or self._call_soon(callback, args, context))"),
        ]))
        self.patched_call_soon = loop_class.call_soon if patched else None
        self.install_hook("BaseEventLoop.close", lambda: patch_method(loop_class, "close", hooks, [
            ("self._closed = True", "_asynctrace_loop_closing(self); self._closed = True"),
        ]))
        # Before 3.12 the C task step asks only a Future of a subclass for its loop (see _foreign_loop_probe).
        hooks["_asynctrace_Future"] = self.Future
        hooks["_asynctrace_base_future"] = self.base_future
        self.install_hook("BaseEventLoop.create_future", lambda: patch_method(loop_class, "create_future", hooks, [
            ("futures.Future(loop=self)", "(_asynctrace_Future if futures.Future is _asynctrace_base_future"
                                          " else _asynctrace_traced_class(futures.Future))(loop=self)"),
        ]))
        # 3.9's primitives take their loop at construction: the futures they make are watched instead.
        hooks["_asynctrace_bound_elsewhere"] = self.guarded(self.primitive_cross_loop, passthrough=2)
        self.install_hook("_LoopBoundMixin._get_loop", lambda: patch_method(
            importlib.import_module("asyncio.mixins")._LoopBoundMixin, "_get_loop", hooks, [
                ("raise RuntimeError(f'{self!r} is bound to a different event loop')",
                 "raise _asynctrace_bound_elsewhere(self, RuntimeError(f'{self!r} is bound to a different"
                 " event loop'))"),
            ]))
        self.install_hook("BaseEventLoop.call_exception_handler", lambda: self._wrap_exception_handler(loop_class))
        self.install_hook("events._set_running_loop", lambda: self._wrap_set_running_loop(asyncio, events))
        self.install_hook("sys.monitoring PY_THROW", self._monitor_throws)
        self.writer.flush()

    def traced_class(self, base):
        """Our subclass of a Task or Future class (see _make_task_class), made once per class."""
        traced = self.traced_classes.get(base)
        if traced is None:
            if issubclass(base, self.task_types):
                traced = _make_task_class(self, base)
                if _has_c_callbacks(base):
                    self.hidden_callback_classes.add(traced)
            else:
                traced = _make_future_class(self, base)
            self.traced_classes[base] = traced
        return traced

    def guarded(self, hook, passthrough=0):
        """Contain hook errors. passthrough=N: on error or when disabled, return the Nth argument."""
        recorder = self

        def guarded_hook(*args):
            if recorder.enabled:
                try:
                    return hook(*args)
                except Exception as e:
                    recorder.fail(hook.__name__, e)
            return args[passthrough - 1] if passthrough else None

        return guarded_hook

    def _wrap_exception_handler(self, loop_class):
        original = loop_class.call_exception_handler
        on_context = self.guarded(self.exception_context)

        def call_exception_handler(loop, context):
            on_context(loop, context)
            return original(loop, context)

        call_exception_handler.__doc__ = original.__doc__
        loop_class.call_exception_handler = call_exception_handler

    def _wrap_set_running_loop(self, asyncio, events):
        original = events._set_running_loop
        on_change = self.guarded(self.running_loop_changed)

        def _set_running_loop(loop):
            previous = events._get_running_loop()
            original(loop)
            on_change(loop, previous)

        _set_running_loop.__doc__ = original.__doc__
        events._set_running_loop = _set_running_loop
        asyncio._set_running_loop = _set_running_loop

    def _monitor_throws(self):
        """3.12+: a cross-loop await is a RuntimeError thrown into the awaiting coroutine (PY_THROW)."""
        mon = sys.monitoring
        for tool in (4, 3):
            if mon.get_tool(tool) is None:
                mon.use_tool_id(tool, "asynctrace")
                mon.register_callback(tool, mon.events.PY_THROW, self.guarded(self.on_throw))
                mon.set_events(tool, mon.get_events(tool) | mon.events.PY_THROW)
                return
        raise HookNotInstalled(f"sys.monitoring tools 3 and 4 are taken by {mon.get_tool(3)!r} and {mon.get_tool(4)!r}")

    def _install_multiprocessing(self, util):
        """multiprocessing children end in os._exit and clear finalizers: flush from their exit hook."""
        util.register_after_fork(self, Recorder._in_multiprocessing_child)

    def _in_multiprocessing_child(self):
        # No SIGTERM handler for Pool.terminate(): a Python-level handler can miss a signal that lands
        # just before a blocking call (the worker then never dies and terminate() hangs), so what a
        # terminated worker had not flushed (at most its last flush interval) is lost instead.
        import multiprocessing.util as util

        util.Finalize(None, self.at_exit, exitpriority=-1000)

    def after_fork_in_child(self):
        try:
            self.writer.after_fork_in_child()
        except Exception as e:
            self.fail("fork", e)
            return
        self.sites.reset()
        self.tls = threading.local()
        self.tasks.clear()
        self.failed_tasks.clear()
        self.unstarted_task_coros.clear()
        self.cancel_recorded.clear()
        self.user_cancelled.clear()
        self.warned_coros.clear()
        self.current_test = None
        self.loop_ids = weakref.WeakKeyDictionary()
        self.site_by_origin.clear()  # its site ids are the parent's rows, not this process's
        self.saw_loop = False

    # -- pytest tests -------------------------------------------------------------------------------

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

    # -- loops --------------------------------------------------------------------------------------

    def loop_id(self, loop):
        try:
            lid = loop.__dict__.get("_asynctrace_id")
            if lid is not None and lid[0] == self.writer.process_id:
                return lid[1]
            store = loop.__dict__
        except AttributeError:
            lid = self.loop_ids.get(loop)
            if lid is not None:
                return lid
            store = None
        w = self.writer
        lid = w.new_id()
        if store is None:
            self.loop_ids[loop] = lid
        else:
            store["_asynctrace_id"] = (w.process_id, lid)  # a forked child sees the parent's loops anew
        w.rows["loops"].extend((lid, w.process_id, type(loop).__name__, self.thread_id(),
                                self.sites.from_stack(), self.current_test, time.monotonic_ns()))
        self.emit(LOOP_CREATED, loop_id=lid, detail=type(loop).__name__)
        if not self.saw_loop:  # from now on, a trace this process never closes is known to miss tasks
            self.saw_loop = True
            w.flush()
        return lid

    def running_loop_changed(self, loop, previous):
        if loop is not None:
            if not isinstance(loop, self.base_loop_class) and loop not in self.foreign_loops:
                self.instrument_foreign_loop(loop)
            self.emit(LOOP_RUN_START, loop_id=self.loop_id(loop))
        elif previous is not None:
            self.emit(LOOP_RUN_STOP, loop_id=self.loop_id(previous))
            self.writer.flush()

    def instrument_foreign_loop(self, loop):
        """uvloop and other loops whose methods cannot be patched: tasks come from a task factory and
        destroyed tasks through a chained exception handler, both visible to the program through
        get_task_factory() and get_exception_handler(). A factory the program set is left alone."""
        self.foreign_loops.add(loop)
        if loop.get_task_factory() is None:
            task_class, task_created = self.Task, self.task_created

            def task_factory(loop, coro, **kwargs):
                return task_created(loop, task_class(coro, loop=loop, **kwargs))

            loop.set_task_factory(task_factory)
        previous = loop.get_exception_handler()
        on_context = self.guarded(self.exception_context)

        def exception_handler(loop, context):
            on_context(loop, context)
            if previous is None:
                loop.default_exception_handler(context)
            else:
                previous(loop, context)

        loop.set_exception_handler(exception_handler)

    def loop_closing(self, loop):
        lid = self.loop_id(loop)
        pending = [t for t in self.asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            self.note_unstarted(task)
            tid = self.task_id(task)
            self.emit(TASK_PENDING_AT_CLOSE, loop_id=lid, task_id=tid,
                      arg=int(self.cancel_pending(task, tid)), detail=_task_name(task))
        self.emit_finding(LOOP_CLOSED, loop_id=lid, arg=len(pending))

    # -- tasks --------------------------------------------------------------------------------------

    def task_created(self, loop, task, coro=None):
        """Called by create_task for every task (so guarded here, without a wrapper's extra call), with
        the coroutine it was given: an eager task may already be done, and then has none to ask for."""
        if not self.enabled:
            return task
        try:
            self.register_task(loop, task, coro)
            # Only our Task hides the callback from reprs (see _callbacks), and only our call_soon runs
            # it at once: on other loops (uvloop) its handle would keep a finished task alive a little
            # longer, which moves CPython's "exception was never retrieved" message.
            cls = type(task)
            if cls is self.Task or cls in self.hidden_callback_classes:
                if isinstance(loop, self.base_loop_class):
                    self.base_add_done_callback(task, self.task_done_callback, context=self.done_context)
                    # Ours gives way to the program's first callback (Task.add_done_callback) when our
                    # call_soon will see that one scheduled as the task ends.
                    task._asynctrace_callback = (OWN_CALLBACK if type(loop).call_soon is self.patched_call_soon
                                                 else OWN_CALLBACK_STAYS)
            elif cls not in self.traced_classes.values():
                self.follow_foreign_task(loop, task)
        except Exception as e:
            self.fail("task_created", e)
        return task

    def follow_foreign_task(self, loop, task):
        """A task of the program's own class (its task factory, eager_task_factory): we cannot hide a
        callback there, so one that ends at once is seen now, and a pending one gets a plain done callback
        (the program sees it in the task's repr), added past any override of the program's."""
        if task.done():
            self.task_done(task)
        elif isinstance(loop, self.base_loop_class):
            add = self.c_task.add_done_callback if isinstance(task, self.c_task) else type(task).add_done_callback
            add(task, self.task_done_callback)

    def register_task(self, loop, task, coro=None):
        # The hot path of the recorder (once per task): kept to plain lookups.
        w = self.writer
        w.serial += 1
        tid = w.id_base | w.serial
        if coro is None:
            coro = _coro_of(task)
        try:
            name = task.get_name()
        except AttributeError:  # a task factory's own class (test doubles, other frameworks)
            name = getattr(task, "_name", None)
        origin = getattr(coro, "cr_origin", None)
        site = self.site_by_origin.get(origin)
        if site is None:
            site, shared = self.sites.for_task(origin)
            if shared and len(self.site_by_origin) < 100_000:
                self.site_by_origin[origin] = site
        tasks = self.tasks
        parent = tasks.get(id(self.current_task(loop)))
        try:
            thread = self.tls.thread_id
        except AttributeError:
            thread = self.thread_id()
        try:
            loop_id = loop.__dict__["_asynctrace_id"]
            loop_id = loop_id[1] if loop_id[0] == w.process_id else self.loop_id(loop)
        except (KeyError, AttributeError):
            loop_id = self.loop_id(loop)
        try:
            qualname = coro.__qualname__
        except AttributeError:
            qualname = None if coro is None else type(coro).__name__
        now = monotonic_ns()
        w.rows["tasks"].extend((tid, w.process_id, loop_id, parent, name, qualname, site, thread,
                                self.current_test, now))
        tasks[id(task)] = tid
        if now - w.last_flush_ns > FLUSH_AGE_NS:  # keeps the buffer small: each full GC walks it
            w.flush()
        return tid

    def note_unstarted(self, task):
        coro = _coro_of(task)
        self.unstarted_task_coros.add((id(coro), getattr(coro, "__qualname__", None)))

    def renamed(self, task, name):
        tid = self.tasks.get(id(task))
        if tid is not None:
            self.emit(TASK_RENAMED, task_id=tid, detail=str(name)[:1000])

    def task_id(self, task):
        """The id of a task seen now, registering tasks made without create_task (Task(), factories)."""
        tid = self.tasks.get(id(task))
        if tid is not None:
            return tid
        tid = self.failed_tasks.get(id(task))
        if tid is not None and task.done():
            return tid
        return self.register_task(task.get_loop(), task)

    def task_done(self, task):
        if not self.enabled:
            return _INLINE_HANDLE
        try:
            tid = self.tasks.pop(id(task), None)
            if tid is None:
                return _INLINE_HANDLE
            detail = None
            if task.cancelled():
                outcome = OUTCOME_CANCELLED
            else:
                exc = task._exception
                if exc is None:
                    outcome = OUTCOME_RESULT
                else:
                    outcome = OUTCOME_EXCEPTION
                    detail = type(exc).__qualname__
                    if len(self.failed_tasks) > 100_000:  # retrieved ones are never reported: bound them
                        self.failed_tasks.clear()
                    self.failed_tasks[id(task)] = tid
                # Only the program's own cancels count: asyncio (TaskGroup, timeout) and libraries
                # (anyio's cancel scopes) cancel and then swallow by design. On 3.11+ they withdraw
                # them with uncancel() (3.11/3.12's TaskGroup forgets to when a child fails), so a
                # program's cancel was swallowed only while cancelling() still counts it.
                if tid in self.user_cancelled and (task.cancelling() if PY311 else True):
                    self.emit_finding(TASK_CANCEL_SWALLOWED, task_id=tid)
            if self.cancel_recorded:
                self.cancel_recorded.discard(tid)
                self.user_cancelled.discard(tid)
            w = self.writer
            ts = time.monotonic_ns()
            w.rows["task_ends"].extend((tid, ts, outcome, detail))
            if ts - w.last_flush_ns > FLUSH_AGE_NS:
                w.flush()
        except Exception as e:
            self.fail("task_done", e)
        return _INLINE_HANDLE

    def callback_scheduled(self, task):
        """A callback of a task we follow is being scheduled: the first one after it finished tells us so.
        Called by call_soon (so guarded here, without a wrapper's extra call)."""
        try:
            if task.done():
                self.task_done(task)
        except Exception as e:
            self.fail("callback_scheduled", e)

    def cancel_requested(self, task, msg, caller_file):
        tid = self.task_id(task)
        by_library = _sites.is_internal(caller_file) or _sites.is_library(caller_file)
        if not by_library:
            self.user_cancelled.add(tid)
        loop = self.asyncio.events._get_running_loop()
        canceller = self.asyncio.current_task(loop) if loop is not None else None
        canceller_id = self.tasks.get(id(canceller)) if canceller is not None else None
        self.cancel_recorded.add(tid)
        self.emit(TASK_CANCEL_REQUESTED, task_id=tid, ref_id=canceller_id,
                  site_id=self.sites.from_stack(), arg=int(by_library),
                  detail=None if msg is None else str(msg)[:1000])

    def cancel_pending(self, task, tid):
        """Was a cancel requested that the task has not yet acted on? Recorded if only seen now."""
        if PY311 and hasattr(task, "cancelling"):
            pending = task.cancelling() > 0
        else:
            waiter = getattr(task, "_fut_waiter", None)
            pending = tid in self.cancel_recorded or getattr(task, "_must_cancel", False) or (
                waiter is not None and waiter.cancelled())
        if pending and tid not in self.cancel_recorded:
            self.cancel_recorded.add(tid)
            self.emit(TASK_CANCEL_REQUESTED, task_id=tid)  # requested before; observed only now
        return pending

    def exception_context(self, loop, context):
        message = context.get("message")
        if message == "Task was destroyed but it is pending!":
            task = context.get("task")
            if task is None:
                return
            self.note_unstarted(task)
            tid = self.task_id(task)
            state = LOOP_CLOSED_STATE if loop.is_closed() else LOOP_RUNNING if loop.is_running() else LOOP_STOPPED
            self.cancel_pending(task, tid)
            self.emit_finding(TASK_DESTROYED_PENDING, loop_id=self.loop_id(loop), task_id=tid, arg=state,
                              detail=_task_name(task))
            self.tasks.pop(id(task), None)
        elif message in ("Task exception was never retrieved", "Future exception was never retrieved"):
            future = context.get("future")
            exc = context.get("exception")
            if future is None:
                return
            if message.startswith("Task"):
                tid, ref = self.task_id(future), None
                self.failed_tasks.pop(id(future), None)
            else:
                tid, ref = None, self.writer.new_id()
            self.emit_finding(EXCEPTION_NEVER_RETRIEVED, loop_id=self.loop_id(loop), task_id=tid, ref_id=ref,
                              detail=type(exc).__qualname__ if exc is not None else None)
            self.tasks.pop(id(future), None)

    # -- coroutines ---------------------------------------------------------------------------------

    def _make_unawaited_hook(self, original):
        recorder = self
        on_never_awaited = self.guarded(self.never_awaited)

        def _warn_unawaited_coroutine(coro):
            on_never_awaited(coro)
            # Re-issued here, not through `original`, so that the warning keeps its location and shows
            # the origin only as deep as the program itself asked for (CPython's own text otherwise).
            msg_lines = [f"coroutine '{coro.__qualname__}' was never awaited\n"]
            origin = coro.cr_origin
            depth = recorder.user_origin_depth
            if origin is not None and depth > 0:
                import linecache
                import traceback

                def extract():
                    for filename, lineno, funcname in reversed(origin[:depth]):
                        line = linecache.getline(filename, lineno)
                        yield (filename, lineno, funcname, line)

                msg_lines.append("Coroutine created at (most recent call last)\n")
                msg_lines += traceback.format_list(list(extract()))
            msg = "".join(msg_lines).rstrip("\n")
            warnings.warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)

        _warn_unawaited_coroutine.__wrapped__ = original
        return _warn_unawaited_coroutine

    def never_awaited(self, coro, alive_at_exit=False):
        origin = getattr(coro, "cr_origin", None)
        fingerprint = (id(coro), coro.__qualname__, origin)
        if alive_at_exit:
            if fingerprint in self.warned_coros:
                return
        else:
            self.warned_coros.add(fingerprint)
        if fingerprint[:2] in self.unstarted_task_coros:
            self.unstarted_task_coros.discard(fingerprint[:2])
            return  # the coroutine of a task that never ran: the task's own event tells that story
        site = self.sites.from_origin(origin) if origin else None
        if site is None and origin:
            site = self.sites.intern(origin)
        self.emit_finding(COROUTINE_NEVER_AWAITED, ref_id=self.writer.new_id(), site_id=site,
                          arg=int(alive_at_exit), detail=getattr(coro, "__qualname__", None))

    # -- cross-loop and cross-thread use -------------------------------------------------------------

    def cross_thread_call(self, loop, api, callback=None, args=()):
        if api == "call_soon" and getattr(self.tls, "inside_create_task", False):
            self.tls.inside_create_task = False  # the new task's first step: part of the same mistake
            return
        self.tls.inside_create_task = api == "create_task"
        if api == "call_soon" and args and isinstance(args[0], self.future_types) and args[0].done():
            # A finished future schedules its callbacks: name the call that finished it (set_result...).
            future = args[0]
            completion = "cancel" if future.cancelled() else \
                "set_exception" if future._exception is not None else "set_result"
            api = f"{type(future).__name__}.{completion}"
        self.emit_finding(CROSS_THREAD_CALL, loop_id=self.loop_id(loop), site_id=self.sites.from_stack(),
                          detail=api)

    def primitive_cross_loop(self, primitive, error):
        loop = self.asyncio.events._get_running_loop()
        task = self.asyncio.current_task(loop) if loop is not None else None
        bound = getattr(primitive, "_loop", None)
        self.emit_finding(CROSS_LOOP_AWAIT, loop_id=loop and self.loop_id(loop),
                          task_id=task and self.task_id(task), site_id=self.sites.from_stack(),
                          ref_id=bound and self.loop_id(bound), detail=str(error)[:1000])
        return error

    def future_cross_loop(self, future, future_loop):
        """3.9-3.11: a task stepping on another loop asked this future for its loop (see _make_*_class)."""
        loop = self.asyncio.events._get_running_loop()
        task = self.asyncio.current_task(loop) if loop is not None else None
        self.emit_finding(CROSS_LOOP_AWAIT, loop_id=loop and self.loop_id(loop),
                          task_id=task and self.task_id(task), site_id=task and self.await_site(task),
                          ref_id=self.loop_id(future_loop),
                          detail=f"Task {task!r} got Future {future!r} {DIFFERENT_LOOP}"[:1000])

    def on_throw(self, code, offset, exception):
        if type(exception) is not RuntimeError or id(exception) == self.last_throw_id:
            return
        if not (exception.args and isinstance(exception.args[0], str) and DIFFERENT_LOOP in exception.args[0]):
            return
        # The innermost frame hears of the throw first; outer frames then see the same error. An id, not
        # the exception, is kept: a reference would keep its traceback's frames alive.
        self.last_throw_id = id(exception)
        loop = self.asyncio.events._get_running_loop()
        task = self.asyncio.current_task(loop) if loop is not None else None
        self.emit_finding(CROSS_LOOP_AWAIT, loop_id=loop and self.loop_id(loop),
                          task_id=task and self.task_id(task), site_id=self.sites.from_stack(),
                          detail=exception.args[0][:1000])

    def await_site(self, task):
        """The user line where a task is suspended: the innermost frame of its await chain."""
        frames = []
        awaitable = _coro_of(task)
        while awaitable is not None:
            frame = getattr(awaitable, "cr_frame", None) or getattr(awaitable, "gi_frame", None)
            if frame is None:
                break
            frames.append((frame.f_code.co_filename, frame.f_lineno or 0, frame.f_code.co_name))
            awaitable = getattr(awaitable, "cr_await", None) or getattr(awaitable, "gi_yieldfrom", None)
        frames.reverse()
        return self.sites.from_origin(tuple(frames)) if frames else None

    # -- process exit -------------------------------------------------------------------------------

    def at_exit(self):
        """The scan accounts for everything still alive, so the trace closes here: what interpreter
        teardown destroys afterwards would only repeat it."""
        if self.writer.pid != os.getpid():
            return
        if self.enabled:
            try:
                self.scan_leftovers()
            except Exception as e:
                self.fail("exit scan", e)
        self.close()

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
            if isinstance(fut, task_type):
                task_coros.add(id(_coro_of(fut)))
                if not fut.done():
                    loop = fut.get_loop()
                    closed = loop.is_closed()
                    if not closed or not isinstance(loop, self.base_loop_class):  # else seen at close
                        tid = self.task_id(fut)
                        self.emit(TASK_PENDING_AT_CLOSE if closed else TASK_PENDING_AT_EXIT,
                                  loop_id=self.loop_id(loop), task_id=tid,
                                  arg=int(self.cancel_pending(fut, tid)), detail=_task_name(fut))
                    continue
            if fut.done() and not fut.cancelled() and fut._log_traceback:
                exc = fut._exception
                is_task = isinstance(fut, task_type)
                self.emit(EXCEPTION_NEVER_RETRIEVED, loop_id=self.loop_id(fut.get_loop()),
                          task_id=self.task_id(fut) if is_task else None,
                          ref_id=None if is_task else self.writer.new_id(),
                          detail=type(exc).__qualname__ if exc is not None else None)
        for coro in coroutines:
            if id(coro) not in task_coros and inspect.getcoroutinestate(coro) == inspect.CORO_CREATED:
                self.never_awaited(coro, alive_at_exit=True)


def _coro_of(task):
    """task.get_coro(), but never on a finished task from 3.12 on: a finished eager task has dropped its
    coroutine, and 3.12.0-3.12.1's get_coro() then crashes the interpreter (NULL dereference)."""
    if PY312 and task.done():
        return None
    get_coro = getattr(task, "get_coro", None)
    return get_coro() if get_coro is not None else getattr(task, "_coro", None)


def _task_name(task):
    get_name = getattr(task, "get_name", None)
    return get_name() if get_name is not None else None


class _InlineHandle:
    """What call_soon returns when it ran the recorder's done callback at once (see install_asyncio)."""

    _source_traceback = None


_INLINE_HANDLE = _InlineHandle()


def _make_task_class(recorder, base):
    """Tasks made by create_task are of a subclass of the program's current Task class (asyncio's C Task,
    the pure-Python one that nest_asyncio installs, or the program's own), named as it is so that reprs and
    CPython's messages read as before. It reports cancel() calls and renames and, before 3.12, awaits from
    a foreign loop. Every method it adds calls the base's own, never another class's."""
    cancel_requested = recorder.guarded(recorder.cancel_requested)
    on_renamed = recorder.guarded(recorder.renamed)
    base_cancel, base_set_name = base.cancel, base.set_name
    namespace = {"__slots__": ("_asynctrace_callback",), "__module__": base.__module__,
                 "__qualname__": base.__qualname__}

    def cancel(self, msg=None):
        requested = base_cancel(self, msg)
        if requested:
            cancel_requested(self, msg, sys._getframe(1).f_code.co_filename)
        return requested

    def set_name(self, value):
        base_set_name(self, value)
        on_renamed(self, value)

    cancel.__doc__, set_name.__doc__ = base_cancel.__doc__, base_set_name.__doc__
    namespace.update(cancel=cancel, set_name=set_name)
    if _has_c_callbacks(base):
        namespace.update(_own_callback_methods(recorder, base))
    else:
        namespace.update(_schedule_callbacks_probe(recorder, base))
    if not PY312:
        namespace["get_loop"] = _foreign_loop_probe(recorder, base.get_loop)
    return type(base.__name__, (base,), namespace)


def _has_c_callbacks(base):
    """Whether base keeps its done callbacks in C (asyncio's C Future), where ours can be hidden."""
    import inspect

    return isinstance(inspect.getattr_static(base, "_callbacks", None), types.GetSetDescriptorType)


def _own_callback_methods(recorder, base):
    """C tasks: our done callback (added in task_created) stays out of reprs and gives way to the
    program's first one."""
    base_callbacks = base._callbacks.__get__
    task_done = recorder.task_done_callback

    def _callbacks(self):
        # Reprs and CPython's "Task was destroyed" message list callbacks: ours stays out of them.
        callbacks = base_callbacks(self)
        if callbacks:
            callbacks = [entry for entry in callbacks if entry[0] is not task_done] or None
        return callbacks

    base_add, base_remove = base.add_done_callback, base.remove_done_callback
    done_context = recorder.done_context

    # A pending task holding two callbacks keeps a list and a tuple alive, which every full collection
    # walks: 200k tasks each awaited by gather made the program's own garbage collection 70% slower.
    def add_done_callback(self, fn, *, context=None):
        try:
            own = self._asynctrace_callback
        except AttributeError:  # made while recording was off
            own = None
        if own == OWN_CALLBACK:
            self._asynctrace_callback = OWN_CALLBACK_GAVE_WAY
            base_remove(self, task_done)
        base_add(self, fn, context=context)

    def remove_done_callback(self, fn):
        removed = base_remove(self, fn)
        # The task must keep a callback until it ends, or its end would go unseen: ours comes back.
        if (removed and getattr(self, "_asynctrace_callback", None) == OWN_CALLBACK_GAVE_WAY
                and not self.done() and not base_callbacks(self) and recorder.enabled):
            self._asynctrace_callback = OWN_CALLBACK
            base_add(self, task_done, context=done_context)
        return removed

    add_done_callback.__doc__ = base_add.__doc__
    remove_done_callback.__doc__ = base_remove.__doc__
    return {"_callbacks": property(_callbacks), "add_done_callback": add_done_callback,
            "remove_done_callback": remove_done_callback}


def _schedule_callbacks_probe(recorder, base):
    """Pure-Python tasks keep their callbacks in a plain list the program can see: no callback of ours
    goes there. Such a task's end is its (name-mangled) Future.__schedule_callbacks call instead."""
    base_schedule = getattr(base, "_Future__schedule_callbacks", None)
    if base_schedule is None:
        return {}
    on_done = recorder.task_done

    def _Future__schedule_callbacks(self):
        on_done(self)
        base_schedule(self)

    return {"_Future__schedule_callbacks": _Future__schedule_callbacks}


def _make_future_class(recorder, base):
    namespace = {"__slots__": (), "__module__": base.__module__, "__qualname__": base.__qualname__,
                 "get_loop": _foreign_loop_probe(recorder, base.get_loop)}
    return type(base.__name__, (base,), namespace)


def _foreign_loop_probe(recorder, base_get_loop):
    """Before 3.12 the C task step asks a non-exact future for its loop with get_loop(), from the frame
    of Handle._run, just before it throws "attached to a different loop" into the awaiting coroutine."""
    from asyncio import events

    get_running_loop = events._get_running_loop
    handle_run = events.Handle._run.__code__
    getframe = sys._getframe
    on_foreign = recorder.guarded(recorder.future_cross_loop)

    def get_loop(self):
        loop = base_get_loop(self)
        if get_running_loop() is not loop and getframe(1).f_code is handle_run:
            on_foreign(self, loop)
        return loop

    get_loop.__doc__ = base_get_loop.__doc__
    return get_loop


def patch_method(cls, name, hooks, replacements):
    """Recompile cls.name from asyncio's own source with each `old` text replaced by `new` on the same
    line. Every `old` must occur exactly once; if the source is not as expected the method stays as it is
    and HookNotInstalled says why."""
    import inspect
    import textwrap

    original = cls.__dict__[name]
    try:
        lines, first = inspect.getsourcelines(original)
    except (OSError, TypeError) as e:
        raise HookNotInstalled(f"no source for {cls.__name__}.{name}: {e}") from None
    source = textwrap.dedent("".join(lines))
    for old, new in replacements:
        if source.count(old) != 1:
            raise HookNotInstalled(f"{cls.__name__}.{name} is not the source this asynctrace knows: "
                                   f"{old!r} occurs {source.count(old)} times, not once")
        source = source.replace(old, new)
    module = sys.modules[original.__module__]
    try:
        code = compile("\n" * (first - 1) + source, original.__code__.co_filename, "exec")
    except SyntaxError as e:
        raise HookNotInstalled(f"{cls.__name__}.{name} did not compile once edited: {e}") from None
    function_code = next(c for c in code.co_consts if isinstance(c, types.CodeType) and c.co_name == name)
    module.__dict__.update(hooks)  # the recompiled method runs in asyncio's own module namespace
    patched = types.FunctionType(function_code, module.__dict__, name, original.__defaults__,
                                 original.__closure__)
    patched.__kwdefaults__ = original.__kwdefaults__
    patched.__doc__ = original.__doc__
    patched.__qualname__ = original.__qualname__
    setattr(cls, name, patched)


class HookNotInstalled(Exception):
    """A hook could not be installed: the message says why."""


# -- running code when a module is first imported -------------------------------------------------------

_import_callbacks = {}


def on_import(module_name, callback):
    """Call callback(module) once module_name is imported (now, if it already is)."""
    module = sys.modules.get(module_name)
    if module is not None:
        callback(module)
        return
    _import_callbacks[module_name] = callback
    if _ImportWatcher not in map(type, sys.meta_path):
        sys.meta_path.insert(0, _ImportWatcher())


class _ImportWatcher:
    """A meta path finder that finds nothing itself: it wraps the real loader of watched modules."""

    def find_spec(self, fullname, path=None, target=None):
        callback = _import_callbacks.pop(fullname, None)
        if callback is None:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                break
        else:
            return None
        loader = spec.loader
        exec_module = getattr(loader, "exec_module", None)
        if exec_module is None:
            return spec

        def exec_then_call(module):
            exec_module(module)
            try:
                callback(module)
            except Exception as e:
                _warn_once(f"asynctrace: not recording {fullname}: {type(e).__name__}: {e}")

        try:
            loader.exec_module = exec_then_call
        except AttributeError:
            return spec
        return spec
