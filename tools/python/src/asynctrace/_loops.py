"""Event loops: their ids and rows, when they run and stop, what is pending when they close, and loops whose
methods cannot be patched (uvloop)."""

import time

from ._events import LOOP_CLOSED, LOOP_CREATED, LOOP_RUN_START, LOOP_RUN_STOP, TASK_PENDING_AT_CLOSE
from ._hangs import LOOP_CLOSE
from ._tasks import _task_name
from ._writer import DURABLE_WAIT_S


class Loops:
    """The recorder's loop hooks (a part of Recorder)."""

    def loop_seen_here(self, loop):
        """Whether this process gave `loop` an id (a forked child has the parent's loops too)."""
        try:
            lid = loop.__dict__.get("_asynctrace_id")
            return lid is not None and lid[0] == self.writer.process_id
        except AttributeError:
            return loop in self.loop_ids

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
        self.live_loops.add(loop)
        if store is None:
            self.loop_ids[loop] = lid
        else:
            store["_asynctrace_id"] = (w.process_id, lid)  # a forked child sees the parent's loops anew
        w.rows["loops"].extend((lid, w.process_id, type(loop).__name__, self.thread_id(),
                                self.sites.from_stack(), self.current_test, time.monotonic_ns()))
        self.emit(LOOP_CREATED, loop_id=lid, detail=type(loop).__name__)
        if not self.saw_loop:  # from now on, a trace this process never closes is known to miss tasks
            self.saw_loop = True
            w.flush(wait_s=DURABLE_WAIT_S)
        return lid

    def running_loop_changed(self, loop, previous):
        if loop is not None:
            if not isinstance(loop, self.base_loop_class) and loop not in self.foreign_loops:
                self.instrument_foreign_loop(loop)
            self.emit(LOOP_RUN_START, loop_id=self.loop_id(loop))
            if isinstance(loop, self.base_loop_class):
                self.watch_loop(loop)
        elif previous is not None and self.loop_seen_here(previous):
            # (3.12+ asyncio's fork handler also "stops" the parent's running loop in a forked child.)
            self.emit(LOOP_RUN_STOP, loop_id=self.loop_id(previous))
            if isinstance(previous, self.base_loop_class):
                self.unwatch_loop(previous)
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
            self.emit(TASK_PENDING_AT_CLOSE, loop_id=lid, task_id=tid, site_id=self.await_site(task),
                      arg=int(self.cancel_pending(task, tid)), detail=_task_name(task))
        self.take_snapshot(loop, LOOP_CLOSE, tasks=pending)
        self.left_open(loop, lid)
        self.emit(LOOP_CLOSED, loop_id=lid, site_id=self.sites.from_stack(), arg=len(pending))
        # Written at once, the loop_closed event last: a process killed later (Pool.terminate() stops idle
        # workers so) has lost nothing of this loop, and the analyzer can tell.
        self.writer.flush(wait_s=DURABLE_WAIT_S)

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
