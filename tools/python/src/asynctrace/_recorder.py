"""The recorder: turns asyncio's lifecycle into trace rows, without changing what the program sees.

Recorder is one object per process, put together from one class per concern (loops, tasks, coroutines,
cross-loop and cross-thread use, tests, the process's life), each in a file of that name; this file holds
their shared state, the plumbing (ids, rows, containing errors) and the installation of the declared hooks
(_hooks.py). The rules every part keeps (DESIGN.md has the measurements behind them):
- never hold a strong reference to a task, coroutine or loop (it would change when they are collected);
- never call task.exception() (it marks the exception retrieved); read task._exception;
- patched asyncio methods are recompiled from asyncio's own source with the same file name and line
  numbers, so tracebacks and debug-mode source tracebacks read exactly as untraced;
- any error of a hook's own is contained: recording stops, the trace says so, the program runs on; the
  program's exceptions (its signal handlers', KeyboardInterrupt, SystemExit) pass through untouched.
"""

import atexit
import contextvars
import gc
import importlib
import os
import threading
import time
import types
import weakref

from . import _sites
from ._coroutines import Coroutines
from ._events import CURRENT_TEST
from ._cross_use import CrossUse, _make_future_class
from ._hooks import (FAILED, HOOKS, INSTALLED, NOT_APPLICABLE, PY312, PY314, HookNotInstalled, on_import,
                     patch_method)
from ._hangs import Hangs
from ._lifecycle import ProcessLifecycle
from ._loops import Loops
from ._resources import Resources, slow_ms_setting
from ._scopes import Scopes
from ._signals import belongs_to_program
from ._tasks import _INLINE_HANDLE, Tasks, _has_c_callbacks, _make_task_class
from ._tests import Tests
from ._writer import DURABLE_WAIT_S, FLUSH_AGE_NS


# Set to 1, the pure-Python hooks even where the C accelerator is built (the tests run both).
PURE_PYTHON_VAR = "ASYNCTRACE_PURE_PYTHON"


def load_accelerator(recorder):
    """(the C hooks of asynctrace._speedups for recorder, None); (None, why not) without them."""
    if os.environ.get(PURE_PYTHON_VAR, "0") not in ("", "0"):
        return None, f"{PURE_PYTHON_VAR}={os.environ[PURE_PYTHON_VAR]}: the pure-Python hooks"
    try:
        from ._speedups import Hooks
    except ImportError as e:
        return None, f"not built, the pure-Python hooks instead: {e}"
    return Hooks(recorder), None


class Recorder(Loops, Tasks, Coroutines, CrossUse, Resources, Scopes, Hangs, Tests, ProcessLifecycle):
    def __init__(self, writer):
        self.writer = writer
        self.sites = _sites.Sites(writer)
        self.tasks = {}  # id(task) -> task id; removed when done or destroyed
        # Failed tasks, until CPython reports their exception never retrieved (or forever, if it was).
        self.failed_tasks = {}
        # Coroutines of tasks that may be dropped before they ever ran (pending at loop close, destroyed
        # pending): their "never awaited" warning is the task's story, not a leaked coroutine. A task
        # that never ran cannot be collected while its loop is open (the ready queue holds it).
        self.unstarted_task_coros = set()
        self.cancel_recorded = set()  # task ids with a recorded cancel request
        # task id -> ((file, line, function) of the await its cancel is thrown at, (code, offset) of each frame
        # of its await chain, innermost first)
        self.cancel_thrown_at = {}
        # Failed tasks whose exception CPython will not report (cancel() cleared its flag), by id(task).
        self.silenced = {}
        self.watching_classes = {}  # our Task class -> its subclass for such tasks
        # Coroutines reported when finalized, some of which pytest keeps alive until exit. Not a WeakSet:
        # a weak reference made inside a coroutine's finalizer is never cleared (a crash); and not id()
        # alone, which the next coroutine reuses at once.
        self.warned_coros = set()
        self.inherited_coros = set()  # in a forked child: (id, qualname, origin) of the parent's coroutines
        self.site_by_origin = {}  # a coroutine's cr_origin -> the site every task made from it shares
        self.user_origin_depth = 0
        self.origin_tracking_off = None  # where the program set the depth to 0, once it did
        self.enabled = True
        self.installed_asyncio = False
        # The per-task hooks in C when asynctrace._speedups is built, else the Python methods of Tasks (the
        # C ones have the same names).
        self.accelerator, self.accelerator_absent = load_accelerator(self)
        self.per_task = self.accelerator or self
        self.task_done_callback = self.per_task.task_done  # one bound method: compared by identity
        self.done_context = contextvars.Context()  # spares add_done_callback a context copy per task
        self.forked = False  # a child made by fork: its parent's objects are not its own
        self.pytest_sessions_ended = 0
        self.fork_unsafe = None  # while forking: why the child must not open the trace, if it must not
        self.watchdog_stopped = False  # while forking: the watchdog thread ended for the fork, to start again
        self.unrecorded = False  # a forked child that could not record (nor can its children)
        self.frozen_at_fork = 0  # gc.get_freeze_count() when this forked child started
        self.frozen_at_start = gc.get_freeze_count()  # the interpreter's own (3.12 freezes some at start-up)
        self.python_children = []  # (pid, monotonic ns, command, why it might not join) of each started
        self.made_objects = {}  # id(transport or server) -> (weak reference, where it was made)
        self.agens = {}  # id(async generator) -> where it was first iterated
        self.watched_loops = {}  # id(loop) -> weak reference, for the blocking watchdog
        # id(loop) -> [iteration busy since, last seen busy, site, task id, callback, thread id, loop id]
        self.block_episodes = {}
        self.loop_threads = {}  # id(loop) -> the threads.id it runs on
        self.lock_owners = {}  # id(asyncio.Lock) -> the task id holding it
        self.made_at = {}  # id(asyncio primitive) -> (weak reference, the frames that made it)
        self.futures_made = {}  # id(future) -> (weak reference, code, line) of create_future's caller
        self.unfollowed_tasks = {}  # id(task) -> weak reference: our tasks on a loop we cannot patch (uvloop)
        self.watchdog_pid = None  # the process whose watchdog thread runs
        self.watchdog_stop = self.watchdog_ended = None  # released to stop it; released by it as it ends
        self.watchdog_native_id = None
        self.slow_ms = slow_ms_setting()
        self.reset()

    def reset(self):
        """What this process knows of its own objects: empty at start, and again in a forked child. Tables
        are cleared in place, as the recompiled asyncio methods hold on to them."""
        self.tls = threading.local()
        self.loop_ids = weakref.WeakKeyDictionary()  # for loops without a __dict__ (uvloop)
        for table in (self.tasks, self.failed_tasks, self.unstarted_task_coros, self.cancel_recorded,
                      self.cancel_thrown_at,
                      self.silenced, self.warned_coros, self.inherited_coros, self.site_by_origin,
                      self.made_objects, self.agens, self.watched_loops, self.loop_threads, self.block_episodes,
                      self.python_children, self.lock_owners, self.made_at, self.futures_made, self.unfollowed_tasks):
            table.clear()
        self.current_test = self.last_throw_id = None  # the test of the innermost test scope
        self.reset_scopes()
        self.reset_hangs()
        self.saw_loop = False
        self.interrupted_hooks = set()  # (hook, test): the trace already says the program's exception cut it
        if self.accelerator is not None:
            self.accelerator.bind(self.writer, self.tasks, self.site_by_origin, self.cancel_recorded)
            self.writer.tasks_made_elsewhere = self.accelerator.tasks_made
            self.accelerator.forget_futures()
            from ._speedups import compact_tasks

            self.writer.compact_tasks = compact_tasks

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

    def emit(self, kind, loop_id=None, task_id=None, site_id=None, ref_id=None, arg=None, detail=None,
             thread_id=None, test_id=CURRENT_TEST):
        # Buffered like every row, findings included: a commit of its own releases the GIL and takes a
        # millisecond, which was enough to change which thread won a race in asgiref's test suite.
        w = self.writer
        if w.lean:  # the tasks an event names are written
            w.keep_task(task_id)
            w.keep_task(ref_id)
        ts = time.monotonic_ns()
        w.events.extend((ts, kind, w.process_id, thread_id or self.thread_id(), loop_id or 0, task_id or 0,
                         (self.current_test if test_id is CURRENT_TEST else test_id) or 0, site_id or 0, ref_id or 0,
                         arg, detail))
        if ts - w.last_flush_ns > FLUSH_AGE_NS:
            w.flush()

    def contain(self, where, error):
        """An exception raised inside the hook `where`. The recorder's own stops recording (True: contained).
        The program's (see _signals.belongs_to_program) must reach the program: recording goes on, the trace
        says what the cut hook may have missed, and False tells the caller to re-raise it."""
        if not belongs_to_program(error):
            self.fail(where, error)
            return True
        if self.enabled and (where, self.current_test) not in self.interrupted_hooks:
            self.interrupted_hooks.add((where, self.current_test))
            self.write_gap("hook_interrupted", where,
                           f"the program's {type(error).__name__} (raised by its signal handler, or an interrupt) "
                           f"cut the recorder's hook {where} short: what it was recording then may be missing")
        return False

    def fail(self, where, error):
        """Stop recording, and say in the trace from when on it is blind; what was recorded so far is kept
        (it was consistent when buffered) and written now, or at the latest when the trace closes."""
        if not self.enabled:
            return
        self.enabled = False
        self.write_gap("recording_stopped", where,
                       f"recording stopped after an internal error in {where}: {type(error).__name__}: {error}")
        self.writer.flush(wait_s=DURABLE_WAIT_S)

    def write_gap(self, kind, where, message):
        """A gaps row, even when the program's signal handler raises on the way (then raised on)."""
        try:
            self.writer.write_gap(kind, where, message, self.current_test)
        except BaseException:  # the program's signal handler raised first: the row may not be written
            self.writer.write_gap(kind, where, message, self.current_test)
            raise

    def close(self):
        self.enabled = False
        self.writer.close()

    def guarded(self, hook, passthrough=0):
        """Contain hook errors (see contain). passthrough=N: on error or when disabled, return the Nth argument."""
        recorder = self

        def guarded_hook(*args):
            if recorder.enabled:
                try:
                    return hook(*args)
                except BaseException as e:
                    if not recorder.contain(hook.__name__, e):
                        raise
            return args[passthrough - 1] if passthrough else None

        return guarded_hook

    def install(self):
        self.hook_row(HOOKS["C accelerator"], INSTALLED if self.accelerator else NOT_APPLICABLE,
                      self.accelerator_absent)
        self.install_hook("coroutine origin tracking", self._wrap_origin_tracking)
        self.install_hook("warnings._warn_unawaited_coroutine", self._wrap_unawaited_warning)
        self.install_hook("process exit", lambda: atexit.register(self.at_exit))
        self.install_hook("fork", self._install_fork_handlers)
        self.install_hook("os.exec", self._wrap_exec)
        self.install_hook("os.close", self._wrap_close)
        self.install_hook("signal relays", self._hook_signals)
        self.install_hook("os._exit", self._hook_os_exit)
        self.writer.flush()
        on_import("asyncio", self.install_asyncio)
        on_import("multiprocessing.util", self._install_multiprocessing)
        on_import("subprocess", self._install_subprocess)
        on_import("unittest.case", lambda module: self.install_hook("unittest.TestCase.run",
                                                                   lambda: self._wrap_unittest_run(module)))
        if HOOKS["Runner copies"].applies():
            for name in ("anyio._backends._asyncio", "backports.asyncio.runner"):
                on_import(name, lambda module: self.install_hook("Runner copies",
                                                                 lambda: self._hook_runner_copies(module)))
        else:
            self.hook_row(HOOKS["Runner copies"], NOT_APPLICABLE)

    def install_hook(self, name, install):
        """Install the declared hook `name` with install(), unless it is not meant for this version; the
        trace says at once whether it took, and why not."""
        hook = HOOKS[name]
        if not hook.applies():
            return self.hook_row(hook, NOT_APPLICABLE)
        try:
            install()
        except BaseException as e:  # the method stays as it was; the rules that need it will say so
            if belongs_to_program(e):
                self.hook_row(hook, FAILED, f"interrupted by the program's {type(e).__name__}")
                raise
            return self.hook_row(hook, FAILED, _failure(e))
        return self.hook_row(hook, INSTALLED)

    def failed_later(self, name):
        """For a hook compiled when first used: if that compile fails, the trace says so then."""
        return lambda error: self.hook_row(HOOKS[name], FAILED, _failure(error))

    def hook_row(self, hook, status, detail=None):
        w = self.writer
        w.rows["hooks"].extend((w.process_id, hook.name, hook.mechanism, hook.versions, status,
                                " ".join(hook.rules), detail))
        return status == INSTALLED

    def install_asyncio(self, _module=None):
        if self.installed_asyncio:
            return
        self.installed_asyncio = True
        try:
            self._install_asyncio()
        except BaseException as e:  # the program runs on; the trace says from when on it saw nothing
            if not self.contain("installing the asyncio hooks", e):
                raise

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
            "_asynctrace_task_created": self.per_task.task_created,
            "_asynctrace_cross_thread": self.guarded(self.cross_thread_call),
            "_asynctrace_get_ident": threading.get_ident,
            "_asynctrace_loop_closing": self.guarded(self.loop_closing),
        }
        loop_class = base_events.BaseEventLoop
        self.install_hook("BaseEventLoop.create_task", lambda: patch_method(loop_class, "create_task", hooks, [
            # The thread check goes at the end of the docstring's line, never on _check_closed()'s, whose line
            # a traceback shows (and 3.11+ underline part of a line).
            ('"""\n    self._check_closed()',
             '"""; (self._thread_id is None or self._thread_id == _asynctrace_get_ident()'
             ' or _asynctrace_cross_thread(self, \'create_task\'))\n    self._check_closed()'),
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
        hooks["_asynctrace_callback_scheduled"] = self.per_task.callback_scheduled
        self.gather_callback = None
        self.install_hook("gather's _done_callback", lambda: self._find_gather_callback(tasks))
        patched = self.install_hook("BaseEventLoop.call_soon", lambda: patch_method(loop_class, "call_soon", hooks, [
            ('"""\n    self._check_closed()',
             '"""; (self._thread_id is None or self._thread_id == _asynctrace_get_ident()'
             ' or _asynctrace_cross_thread(self, \'call_soon\', callback, args))\n    self._check_closed()'),
            ("handle = self._call_soon(callback, args, context)",
             "handle = _asynctrace_task_done(*args) if callback is _asynctrace_task_done"
             " else self._call_soon(callback, args, context) if not args or id(args[0]) not in _asynctrace_tasks"
             " else (_asynctrace_callback_scheduled(args[0], callback) or self._call_soon(callback, args, context))"),
        ]))
        self.patched_call_soon = loop_class.call_soon if patched else None
        if self.accelerator is not None:
            self.accelerator.bind_asyncio(self.Task, self.hidden_callback_classes, loop_class,
                                          self.patched_call_soon, self.base_add_done_callback, self.done_context,
                                          self.current_task, self.task_done_callback, _INLINE_HANDLE,
                                          self.task_types)
        self.install_hook("BaseEventLoop.close", lambda: patch_method(loop_class, "close", hooks, [
            ("self._closed = True", "_asynctrace_loop_closing(self); self._closed = True"),
        ]))
        # Before 3.12 the C task step asks only a Future of a subclass for its loop (see _foreign_loop_probe).
        hooks["_asynctrace_Future"] = self.Future
        hooks["_asynctrace_base_future"] = self.base_future
        hooks["_asynctrace_future_made"] = self.guarded(self.future_made, passthrough=1)
        self.install_hook("BaseEventLoop.create_future", lambda: self._hook_create_future(loop_class, futures, hooks))
        # 3.9's primitives take their loop at construction: the futures they make are watched instead.
        hooks["_asynctrace_bound_elsewhere"] = self.guarded(self.primitive_cross_loop, passthrough=2)
        self.install_hook("_LoopBoundMixin._get_loop", lambda: patch_method(
            importlib.import_module("asyncio.mixins")._LoopBoundMixin, "_get_loop", hooks, [
                ("raise RuntimeError(f'{self!r} is bound to a different event loop')",
                 "raise _asynctrace_bound_elsewhere(self, RuntimeError(f'{self!r} is bound to a different"
                 " event loop'))"),
            ], self.failed_later("_LoopBoundMixin._get_loop")))
        # On the test, not the raise: the line a traceback shows stays asyncio's own.
        hooks["_asynctrace_closed_call"] = self.guarded(self.closed_loop_call)
        self.install_hook("BaseEventLoop._check_closed", lambda: patch_method(loop_class, "_check_closed", hooks, [
            ("if self._closed:", "if self._closed and (_asynctrace_closed_call(self) or True):"),
        ]))
        from asyncio import transports

        hooks["_asynctrace_made"] = self.guarded(self.object_made)
        self.server_class = base_events.Server
        self.install_hook("BaseTransport.__init__", lambda: patch_method(transports.BaseTransport, "__init__", hooks, [
            ("self._extra = extra", "self._extra = extra; _asynctrace_made(self)"),
        ], self.failed_later("BaseTransport.__init__")))
        self.install_hook("Server.__init__", lambda: patch_method(base_events.Server, "__init__", hooks, [
            ("self._serving_forever_fut = None", "self._serving_forever_fut = None; _asynctrace_made(self)"),
        ], self.failed_later("Server.__init__")))
        hooks["_asynctrace_agen_first"] = self.guarded(self.agen_first_iterated)
        hooks["_asynctrace_agen_finalized"] = self.guarded(self.agen_finalized)
        hooks["_asynctrace_agens_shutdown"] = self.guarded(self.agens_shutting_down)
        self.install_hook("BaseEventLoop asyncgen hooks", lambda: [patch_method(loop_class, name, hooks, [edit]) for name, edit in [
            ("_asyncgen_firstiter_hook", ("self._asyncgens.add(agen)",
                                          "self._asyncgens.add(agen); _asynctrace_agen_first(agen)")),
            ("_asyncgen_finalizer_hook", ("self._asyncgens.discard(agen)",
                                          "self._asyncgens.discard(agen); _asynctrace_agen_finalized(agen)")),
            ("shutdown_asyncgens", ("closing_agens = list(self._asyncgens)",
                                    "closing_agens = list(self._asyncgens); _asynctrace_agens_shutdown(closing_agens)")),
        ]])
        # The loop says when the callback it runs began (0: waiting in select): the watchdog's clock. Per
        # callback, not per iteration: an iteration of many short callbacks is no blocking callback.
        hooks["_asynctrace_now"] = time.monotonic_ns
        self.install_hook("BaseEventLoop._run_once", lambda: patch_method(loop_class, "_run_once", hooks, [
            # Edits go at the end of a line: 3.11+ tracebacks underline by column (a Ctrl-C in select, say).
            ("timeout = None", "timeout = None; self._asynctrace_busy = 0"),
            ("handle = self._ready.popleft()",
             "handle = self._ready.popleft(); self._asynctrace_busy = _asynctrace_now()"),
        ]))
        self.install_hook("BaseEventLoop.call_exception_handler", lambda: self._wrap_exception_handler(loop_class))
        self.install_hook("events._set_running_loop", lambda: self._wrap_set_running_loop(asyncio, events))
        self.install_hook("sys.monitoring PY_THROW", self._monitor_throws)
        self.install_hook("asyncio runners", self._hook_runners)
        self.install_hook("asyncio.Lock owners", self._hook_lock_owners)
        self.install_hook("asyncio primitives made", self._hook_primitives_made)
        self.install_hook("BaseEventLoop.call_soon_threadsafe", lambda: self._hook_threadsafe_calls(loop_class, hooks))
        self.writer.flush()

    def _hook_create_future(self, loop_class, futures, hooks):
        """Where each future was asked for (see future_made), and before 3.12 our Future class. With the
        accelerator the edited source is only checked, not compiled: its C twin takes the method's place."""
        patch_method(loop_class, "create_future", hooks, [
            ("futures.Future(loop=self)", "_asynctrace_future_made(futures.Future(loop=self))" if PY312 else
             "_asynctrace_future_made((_asynctrace_Future if futures.Future is _asynctrace_base_future"
             " else _asynctrace_traced_class(futures.Future))(loop=self))"),
        ], None if self.accelerator is None else self.failed_later("BaseEventLoop.create_future"))
        if self.accelerator is not None:  # the same method in C: no frame of its own to make for its caller
            loop_class.create_future = self.accelerator.bind_futures(
                _sites.is_internal, loop_class, futures, self.base_future, self.Future or self.base_future,
                None if PY312 else self.traced_class)

    def _find_gather_callback(self, tasks):
        """gather() retrieves, and so silences, the exception of a child that fails once the gathering future
        is done (another child failed first), in the done callback it gives each child: call_soon sees that
        callback scheduled as the child ends (see discarded_by_gather). shield() does the same only when its
        inner task ends in the very iteration its outer future is cancelled; CPython reports it otherwise."""
        gather = getattr(tasks, "_gather", tasks.gather)  # 3.9's gather() hands its work to _gather()
        codes = [c for c in gather.__code__.co_consts if isinstance(c, types.CodeType) and c.co_name == "_done_callback"]
        code = codes[0] if codes else None
        if code is None or "outer" not in code.co_freevars:
            raise HookNotInstalled("gather() has no _done_callback that refers to its outer future")
        self.gather_callback, self.gather_outer_cell = code, code.co_freevars.index("outer")

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


def _failure(error):
    """The hooks table's detail for a hook that did not take."""
    return str(error) if isinstance(error, HookNotInstalled) else f"{type(error).__name__}: {error}"
