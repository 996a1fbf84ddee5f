"""Cross-loop and cross-thread use: a future, task or primitive of one loop awaited or used on another, and a
loop's non-thread-safe API called from a thread that is not the loop's."""

import sys

from ._events import CROSS_LOOP_AWAIT, CROSS_THREAD_CALL
from ._hangs import _await_chain
from ._hooks import FAILED, HOOKS, HookNotInstalled
from ._writer import DURABLE_WAIT_S, TEXT_LIMIT

DIFFERENT_LOOP = "attached to a different loop"
# sys.monitoring ids, the ones PEP 669 leaves to other tools first; then those of debuggers, coverage,
# profilers and optimizers, which we give up as soon as such a tool asks for its own.
MONITORING_TOOLS = (4, 3, 2, 1, 0, 5)


class CrossUse:
    """The recorder's cross-loop and cross-thread hooks (a part of Recorder)."""

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
        self.emit(CROSS_THREAD_CALL, loop_id=self.loop_id(loop), site_id=self.sites.from_stack(),
                          detail=api)

    def primitive_cross_loop(self, primitive, error):
        loop = self.asyncio.events._get_running_loop()
        task = self.asyncio.current_task(loop) if loop is not None else None
        bound = getattr(primitive, "_loop", None)
        self.emit(CROSS_LOOP_AWAIT, loop_id=loop and self.loop_id(loop),
                          task_id=task and self.task_id(task), site_id=self.sites.from_stack(),
                          ref_id=bound and self.loop_id(bound), arg=self.made_site(primitive),
                          detail=str(error)[:TEXT_LIMIT])
        return error

    def future_cross_loop(self, future, future_loop):
        """3.9-3.11: a task stepping on another loop asked this future for its loop (see _make_*_class)."""
        loop = self.asyncio.events._get_running_loop()
        task = self.asyncio.current_task(loop) if loop is not None else None
        self.emit(CROSS_LOOP_AWAIT, loop_id=loop and self.loop_id(loop),
                          task_id=task and self.task_id(task), site_id=task and self.await_site(task),
                          ref_id=self.loop_id(future_loop), arg=self.made_site(future),
                          detail=f"Task {task!r} got Future {future!r} {DIFFERENT_LOOP}"[:TEXT_LIMIT])

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
        self.emit(CROSS_LOOP_AWAIT, loop_id=loop and self.loop_id(loop),
                          task_id=task and self.task_id(task), site_id=self.sites.from_stack(),
                          detail=exception.args[0][:TEXT_LIMIT])

    def await_site(self, task):
        """The user line where a task is suspended: the innermost frame of its await chain."""
        chain = _await_chain(task)
        frames = tuple((f.f_code.co_filename, f.f_lineno or 0, f.f_code.co_name) for f in reversed(chain))
        return self.sites.from_origin(frames) if frames else None

    def _monitor_throws(self):
        """3.12+: a cross-loop await is a RuntimeError thrown into the awaiting coroutine (PY_THROW). Our tool
        id looks free to the program (get_tool) and is its own whenever it asks for it: its use_tool_id() of
        ours moves us to another free one."""
        mon = sys.monitoring
        self.monitoring_tool = None
        use_tool_id, get_tool = self.monitoring_claims = mon.use_tool_id, mon.get_tool  # the real ones
        if not self._take_monitoring_tool():
            raise HookNotInstalled("every sys.monitoring tool id is taken: "
                                   + ", ".join(f"{tool} by {get_tool(tool)!r}" for tool in MONITORING_TOOLS))
        on_claimed = self.guarded(self._yield_monitoring_tool)

        def use_tool_id_yielding(tool_id, name, /):
            if tool_id == self.monitoring_tool:
                on_claimed()
            return use_tool_id(tool_id, name)

        def get_tool_but_ours(tool_id, /):
            return None if tool_id == self.monitoring_tool else get_tool(tool_id)

        for wrapper, original in ((use_tool_id_yielding, use_tool_id), (get_tool_but_ours, get_tool)):
            wrapper.__name__ = wrapper.__qualname__ = original.__name__
            wrapper.__doc__ = original.__doc__
            setattr(mon, original.__name__, wrapper)

    def _take_monitoring_tool(self):
        mon = sys.monitoring
        use_tool_id, get_tool = self.monitoring_claims
        for tool in MONITORING_TOOLS:
            if get_tool(tool) is None:
                use_tool_id(tool, "asynctrace")
                mon.register_callback(tool, mon.events.PY_THROW, self.guarded(self.on_throw))
                mon.set_events(tool, mon.get_events(tool) | mon.events.PY_THROW)
                self.monitoring_tool = tool
                return True
        return False

    def _yield_monitoring_tool(self):
        """The program claims our tool id: we move to another free one first (or, with none left, say in the
        hooks table that cross-loop awaits go unseen from now on), then give it up."""
        mon = sys.monitoring
        mine = self.monitoring_tool
        if not self._take_monitoring_tool():  # the next id before this one goes: no throw unseen meanwhile
            self.monitoring_tool = None
            self.hook_row(HOOKS["sys.monitoring PY_THROW"], FAILED,
                          f"the program took tool id {mine} and no other was free")
            self.writer.flush(wait_s=DURABLE_WAIT_S)
        mon.set_events(mine, 0)
        mon.register_callback(mine, mon.events.PY_THROW, None)
        mon.free_tool_id(mine)


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
