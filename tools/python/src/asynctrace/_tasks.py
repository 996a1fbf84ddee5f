"""Tasks: their creation, end, cancel requests and renames; tasks destroyed while pending and exceptions never
retrieved (through the loop's exception handler); and the Task subclasses that create_task makes."""

import sys
import time
import types
import weakref
from time import monotonic_ns

from . import _sites
from ._except import catching_clause
from ._events import (DISCARDED_BY_GATHER, EXCEPTION_NEVER_RETRIEVED, LOOP_CLOSED_STATE, LOOP_RUNNING,
                      LOOP_STOPPED, OUTCOME_CANCELLED, OUTCOME_EXCEPTION, OUTCOME_RESULT, TASK_CANCEL_REQUESTED,
                      TASK_CANCEL_SWALLOWED, TASK_DESTROYED_PENDING, TASK_RENAMED, UNREPORTED_CANCEL)
from ._hooks import PY311, PY312
from ._signals import belongs_to_program
from ._writer import FLUSH_AGE_NS, PENDING, TEXT_LIMIT

# Task._asynctrace_callback: our done callback is there and gives way to the program's first one; is there
# and stays (the loop's own call_soon would not show us the program's); gave way.
OWN_CALLBACK, OWN_CALLBACK_STAYS, OWN_CALLBACK_GAVE_WAY = 1, 2, 3


class Tasks:
    """The recorder's task hooks (a part of Recorder)."""

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
                else:
                    self.forget_when_collected(task)
            elif cls not in self.traced_classes.values():
                self.follow_foreign_task(loop, task)
        except BaseException as e:
            if not self.contain("task_created", e):
                raise
        return task

    def forget_when_collected(self, task):
        """Our task on a loop whose call_soon we cannot see (uvloop) has no done callback of ours, whose
        handle would keep it alive longer than untraced: its end goes unseen, and its id leaves self.tasks
        when it is collected, neither to pile up nor to be taken for a later object's."""
        key = id(task)
        tasks, refs, tid = self.tasks, self.unfollowed_tasks, self.tasks.get(key)

        def collected(_):
            refs.pop(key, None)
            if tasks.get(key) == tid:
                del tasks[key]

        refs[key] = weakref.ref(task, collected)

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
        tid = w.id_base | next(w.ids)
        if coro is None:
            coro = _coro_of(task)
        try:
            name = _clipped(task.get_name())
        except AttributeError:  # a task factory's own class (test doubles, other frameworks)
            name = _clipped(getattr(task, "_name", None))
        origin = getattr(coro, "cr_origin", None)
        site = self.site_by_origin.get(origin)
        if site is None:
            site, shared = self.sites.for_task(origin, coro)
            if shared and len(self.site_by_origin) < 100_000:
                self.site_by_origin[origin] = site
        tasks = self.tasks
        parent = tasks.get(id(self.current_task(loop)), 0)  # 0 and "" are written NULL (see _writer.INSERTS)
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
        if now - w.last_flush_ns > FLUSH_AGE_NS:  # keeps the buffer small: each full GC walks it
            w.flush()  # first: this task may end before the next, and its end then goes into its row
        w.task_made((tid, w.process_id, loop_id, parent, name, qualname, site or 0, thread, self.current_test or 0,
                     now, 0, PENDING, ""))
        tasks[id(task)] = tid
        return tid

    def note_unstarted(self, task):
        coro = _coro_of(task)
        self.unstarted_task_coros.add((id(coro), getattr(coro, "__qualname__", None)))

    def renamed(self, task, name):
        tid = self.tasks.get(id(task))
        if tid is not None:
            self.emit(TASK_RENAMED, task_id=tid, detail=_clipped(str(name)))

    def task_id(self, task):
        """The id of a task seen now, registering tasks made without create_task (Task(), factories)."""
        tid = self.tasks.get(id(task))
        if tid is not None:
            return tid
        tid = self.failed_tasks.get(id(task))
        if tid is not None and task.done():
            return tid
        return self.register_task(task.get_loop(), task)

    def task_done(self, task, callback=None):
        """`task` ended; `callback` is the first of its done callbacks, when we see it being scheduled."""
        if not self.enabled:
            return _INLINE_HANDLE
        try:
            tid = self.tasks.pop(id(task), None)
            if tid is not None:
                self._task_ended(task, callback, tid)
        except BaseException as e:
            if not self.contain("task_done", e):
                raise
        return _INLINE_HANDLE

    def _task_ended(self, task, callback, tid):
        """The end of a task we followed, out of self.tasks now (the accelerator's task_done hands every
        end but a plain result or cancel here)."""
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
                gather = self.gather_callback
                if gather is not None and getattr(callback, "__code__", None) is gather:
                    self.discarded_by_gather(task, tid, exc, callback)
            # asyncio (TaskGroup, timeout) and libraries (anyio's cancel scopes) cancel and then
            # swallow by design; the analyzer tells whose cancel it was. On 3.11+ they withdraw theirs
            # with uncancel() (3.11/3.12's TaskGroup forgets to when a child fails), so a cancel was
            # swallowed only while cancelling() still counts it.
            if tid in self.cancel_recorded and (task.cancelling() if PY311 else True):
                site, by_except = self.swallowed_at(tid)
                self.emit(TASK_CANCEL_SWALLOWED, task_id=tid, site_id=site, arg=by_except)
        if self.cancel_recorded:
            self.cancel_recorded.discard(tid)
            self.cancel_thrown_at.pop(tid, None)
        w = self.writer
        ts = time.monotonic_ns()
        w.task_ended(tid, ts, outcome, detail or "")
        if ts - w.last_flush_ns > FLUSH_AGE_NS:
            w.flush()

    def discarded_by_gather(self, task, tid, exc, callback):
        """A failed task's first callback is gather()'s: once the gathering future is done (another child
        failed first), that callback retrieves the exception and drops it. Only tasks gather made itself for
        coroutines are lost for sure (the program holds no other reference): those gather marks with
        _log_destroy_pending = False."""
        if task._log_destroy_pending:
            return
        outer = callback.__closure__[self.gather_outer_cell].cell_contents
        if outer is not None and outer.done():
            self.emit(EXCEPTION_NEVER_RETRIEVED, loop_id=self.loop_id(task.get_loop()), task_id=tid,
                      site_id=self.sites.raised_at(exc), arg=DISCARDED_BY_GATHER, detail=exception_text(exc))
            self.failed_tasks.pop(id(task), None)

    def callback_scheduled(self, task, callback):
        """A callback of a task we follow is being scheduled: the first one after it finished tells us so.
        Called by call_soon (so guarded here, without a wrapper's extra call)."""
        try:
            # A task whose end went unseen (destroyed without a word) leaves its id behind, which a future
            # may get.
            if isinstance(task, self.task_types) and task.done():
                self.task_done(task, callback)
        except BaseException as e:
            if not self.contain("callback_scheduled", e):
                raise

    def cancel_requested(self, task, msg, caller):
        """cancel() from the frame `caller`. The trace keeps the whole call, whoever made it: the analyzer
        decides whether it was the program's; arg is this recorder's own guess, from the caller's path."""
        tid = self.task_id(task)
        self.cancel_recorded.add(tid)
        # Where the CancelledError will be thrown (a running task: at its next await, not known yet). asyncio's
        # own cancels (TaskGroup, timeouts, runners) are never the program's: no walk for those.
        loop = getattr(task, "_loop", None)
        if _sites.is_internal(caller.f_code.co_filename):
            self.cancel_thrown_at.pop(tid, None)
        elif loop is None or task is not self.current_task(loop):
            self.cancel_thrown_at[tid] = self.awaits_of(task)
        self._emit_cancel(task, tid, msg, caller)

    def swallowed_at(self, tid):
        """(sites.id, 1) of the except clause that swallowed the cancel, the await it was thrown at next in
        its stack (read from the code on 3.11+, see _except); else (sites.id of that await, None), or
        (None, None). sys.monitoring's EXCEPTION_HANDLED would see the except run, but a Python callback at
        the start of every except clause lets the program's signal handlers run where they never can
        untraced, and their exceptions then escape the program's try."""
        thrown, chain = self.cancel_thrown_at.pop(tid, (None, ()))
        clause = catching_clause(chain) if chain else None
        if clause is not None:
            return self.sites.intern((clause, thrown) if thrown is not None else (clause,)), 1
        return (self.sites.intern((thrown,)) if thrown is not None else None), None

    @staticmethod
    def awaits_of(task):
        """((file, line, function) of the innermost frame of the task's await chain outside asyncio, or None;
        (code, offset) of every frame of the chain, innermost first, on 3.11+)."""
        from ._hangs import _await_chain  # which imports this module

        chain = _await_chain(task)
        for frame in reversed(chain):
            if not _sites.is_internal(frame.f_code.co_filename):
                thrown = frame.f_code.co_filename, frame.f_lineno or 0, frame.f_code.co_name
                break
        else:
            thrown = None
        return thrown, [(frame.f_code, frame.f_lasti) for frame in reversed(chain)] if PY311 else ()

    def _emit_cancel(self, task, tid, msg, caller):
        file = caller.f_code.co_filename
        loop = self.asyncio.events._get_running_loop()
        canceller = self.asyncio.current_task(loop) if loop is not None else None
        canceller_id = self.tasks.get(id(canceller)) if canceller is not None else None
        self.emit(TASK_CANCEL_REQUESTED, task_id=tid, ref_id=canceller_id, site_id=self.sites.caller(caller),
                  arg=int(_sites.is_internal(file) or _sites.is_library(file)),
                  detail=None if msg is None else str(msg)[:TEXT_LIMIT])

    def cancel_cleared_report(self, task, msg, caller):
        """cancel() on a task that had failed and whose exception nobody had retrieved: it returns False
        and clears the flag that makes CPython report the exception, which is then lost without a word.
        The task is reported when it is collected, or at exit, unless the program retrieves it first (the
        task's class becomes one that sees result(), exception() and await)."""
        tid = self.task_id(task)
        self._emit_cancel(task, tid, msg, caller)
        watched = self.watching_class(type(task))
        if watched is None:
            return
        try:
            task.__class__ = watched
        except TypeError:
            return  # a layout we cannot swap: the exception stays unreported, as CPython leaves it
        key = id(task)
        exc = task._exception
        report = self.guarded(self.report_silenced)  # run by the collector: contained like every hook
        self.silenced[key] = (weakref.ref(task, lambda _, key=key: report(key)), tid,
                              self.loop_id(task.get_loop()), self.sites.raised_at(exc), exception_text(exc))

    def report_silenced(self, key):
        entry = self.silenced.pop(key, None)
        if entry is not None:
            _, tid, loop_id, site, text = entry
            self.emit(EXCEPTION_NEVER_RETRIEVED, loop_id=loop_id, task_id=tid, site_id=site,
                      arg=UNREPORTED_CANCEL, detail=text)

    def retrieved(self, task):
        self.silenced.pop(id(task), None)

    def watching_class(self, cls):
        """A subclass of our Task class `cls` that hears of the program retrieving the exception."""
        watched = self.watching_classes.get(cls)
        if watched is None and cls in self.traced_classes.values():
            watched = self.watching_classes[cls] = _make_watching_class(self, cls)
        return watched

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
            self.emit(TASK_DESTROYED_PENDING, loop_id=self.loop_id(loop), task_id=tid, arg=state,
                      site_id=self.await_site(task), ref_id=self.sites.from_stack(), detail=_task_name(task))
            self.tasks.pop(id(task), None)
        elif isinstance(message, str) and message.endswith(" exception was never retrieved"):
            future = context.get("future")
            exc = context.get("exception")
            # CPython names the class ("CountingTask exception was never retrieved" for a program's own).
            if future is None or message != f"{type(future).__name__} exception was never retrieved":
                return
            if isinstance(future, self.task_types):
                tid, ref = self.task_id(future), None
                self.failed_tasks.pop(id(future), None)
            else:
                tid, ref = None, self.writer.new_id()
            self.emit(EXCEPTION_NEVER_RETRIEVED, loop_id=self.loop_id(loop), task_id=tid, ref_id=ref,
                      site_id=self.sites.raised_at(exc), detail=exception_text(exc))
            self.tasks.pop(id(future), None)

    def _wrap_exception_handler(self, loop_class):
        original = loop_class.call_exception_handler
        on_context = self.guarded(self.exception_context)

        def call_exception_handler(loop, context):
            on_context(loop, context)
            return original(loop, context)

        call_exception_handler.__doc__ = original.__doc__
        loop_class.call_exception_handler = call_exception_handler


def exception_text(exc):
    """"Type: first line of its message", as short as a finding needs; None without an exception."""
    if exc is None:
        return None
    text = type(exc).__qualname__
    try:
        message = str(exc).strip().split("\n", 1)[0]
    except Exception as e:  # the program's own __str__ failed: the type says enough
        if belongs_to_program(e):
            raise
        message = ""
    return f"{text}: {message[:300]}" if message else text


def _coro_of(task):
    """task.get_coro(), but never on a finished task from 3.12 on: a finished eager task has dropped its
    coroutine, and 3.12.0-3.12.1's get_coro() then crashes the interpreter (NULL dereference)."""
    if PY312 and task.done():
        return None
    get_coro = getattr(task, "get_coro", None)
    return get_coro() if get_coro is not None else getattr(task, "_coro", None)


def _task_name(task):
    get_name = getattr(task, "get_name", None)
    return _clipped(get_name()) if get_name is not None else None


def _clipped(name):
    """A task's name as stored: its first TEXT_LIMIT characters."""
    return name[:TEXT_LIMIT] if isinstance(name, str) else name


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
    cancel_cleared_report = recorder.guarded(recorder.cancel_cleared_report)
    on_renamed = recorder.guarded(recorder.renamed)
    base_cancel, base_set_name = base.cancel, base.set_name
    namespace = {"__slots__": ("_asynctrace_callback",), "__module__": base.__module__,
                 "__qualname__": base.__qualname__}

    def cancel(self, msg=None):
        unreported = self._log_traceback  # only a failed task's exception that nobody retrieved
        requested = base_cancel(self, msg)
        if requested:
            cancel_requested(self, msg, sys._getframe(1))
        elif unreported:
            cancel_cleared_report(self, msg, sys._getframe(1))
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
        from ._cross_use import _foreign_loop_probe  # imports this module

        namespace["get_loop"] = _foreign_loop_probe(recorder, base.get_loop)
    return type(base.__name__, (base,), namespace)


def _make_watching_class(recorder, traced):
    """Our Task class `traced` for a task whose exception CPython will no longer report (see
    cancel_cleared_report): it hears when the program retrieves the exception after all."""
    retrieved = recorder.guarded(recorder.retrieved)
    namespace = {"__slots__": (), "__module__": traced.__module__, "__qualname__": traced.__qualname__}
    for name in ("result", "exception", "__await__", "__iter__"):
        base_method = getattr(traced, name, None)
        if base_method is None:
            continue

        def method(self, _base=base_method):
            retrieved(self)
            return _base(self)

        method.__name__, method.__doc__ = name, base_method.__doc__
        namespace[name] = method
    return type(traced.__name__, (traced,), namespace)


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
        callbacks = self._callbacks
        on_done(self, callbacks[0][0] if callbacks else None)
        base_schedule(self)

    return {"_Future__schedule_callbacks": _Future__schedule_callbacks}
