"""What outlives or holds up a loop: calls on a loop already closed, transports and servers left open at
close, async generators abandoned mid-iteration, and callbacks that block the loop (a watchdog thread)."""

import os
import sys
import time
import weakref

from ._events import ASYNCGEN_FINALIZED, CLOSED_LOOP_CALL, LOOP_BLOCKED, TRANSPORT_LEFT_OPEN
from ._signals import belongs_to_program
from ._sites import _user_frames, is_internal
from ._writer import _STAT

WATCHDOG_STOP_S = 0.5  # how long a fork, or the exit, waits for the watchdog thread to end
# The real ones, bound before the program runs.
_SCHED_YIELD = getattr(os, "sched_yield", lambda: None)
_SLEEP = time.sleep

# A callback or task step holding its loop this long is reported (asyncio's debug mode: slow_callback_duration).
DEFAULT_SLOW_MS = 100
ASYNCGEN_SHUTDOWN = 1  # asyncgen_finalized's arg: closed by shutdown_asyncgens(), not the garbage collector
# A blocked loop's stack reaches out to the frame the loop called (the task's coroutine, the callback), which
# the analyzer blames: where it was stuck is a sample that moves from run to run. Taken once per block.
BLOCKED_STACK_DEPTH = 64


def slow_ms_setting():
    """ASYNCTRACE_SLOW_MS, or the default; a value that is not a positive number keeps the default."""
    try:
        value = int(os.environ.get("ASYNCTRACE_SLOW_MS", DEFAULT_SLOW_MS))
    except ValueError:
        return DEFAULT_SLOW_MS
    return value if value > 0 else DEFAULT_SLOW_MS


class Resources:
    """The recorder's hooks for what outlives or blocks a loop (a part of Recorder)."""

    # -- closed-loop-call ---------------------------------------------------------------------------------

    def closed_loop_call(self, loop):
        """BaseEventLoop._check_closed is about to raise "Event loop is closed": the API is its caller (call_soon,
        create_task, _add_writer, ...), the object that called it (a transport, a stream) is named by where it
        was made, and a __del__ on the way says the garbage collector made the call."""
        frame = sys._getframe(3)  # _check_closed's caller, past the guarded wrapper
        api = frame.f_code.co_name
        made_at, finalizer = None, None
        while frame is not None:
            code = frame.f_code
            if code.co_name == "__del__" and finalizer is None:
                owner = frame.f_locals.get("self")
                finalizer = f"{type(owner).__name__}.__del__" if owner is not None else "__del__"
            if made_at is None and is_internal(code.co_filename):
                owner = frame.f_locals.get("self")
                entry = self.made_objects.get(id(owner)) if owner is not None else None
                if entry is not None and entry[0]() is owner:
                    made_at = entry[1]
            frame = frame.f_back
        self.emit(CLOSED_LOOP_CALL, loop_id=self.loop_id(loop), site_id=self.sites.from_stack(), ref_id=made_at,
                  arg=int(finalizer is not None), detail=api if finalizer is None else f"{finalizer} -> {api}")

    # -- transport-left-open ------------------------------------------------------------------------------

    def object_made(self, obj):
        """A transport or server was made: where (the program's open_connection or start_server line)."""
        key = id(obj)
        try:
            ref = weakref.ref(obj, lambda _, key=key: self.made_objects.pop(key, None))
        except TypeError:  # a bare asyncio.Transport() (its __slots__ have no weak reference): not a real one
            return
        self.made_objects[key] = (ref, self.sites.from_stack())

    def left_open(self, loop, lid):
        """At close: the transports and servers of `loop` that are still open."""
        for ref, site in list(self.made_objects.values()):
            obj = ref()
            if obj is None or getattr(obj, "_loop", None) is not loop:
                continue
            if isinstance(obj, self.server_class):
                still_open = obj._sockets is not None
            else:
                try:
                    still_open = not obj.is_closing()
                except Exception as e:  # a transport half made, or of another library's class
                    if belongs_to_program(e):
                        raise
                    continue
                server = getattr(obj, "_server", None)  # accepted by a server: made where the server was
                if server is not None and id(server) in self.made_objects:
                    site = self.made_objects[id(server)][1]
            if still_open:
                self.emit(TRANSPORT_LEFT_OPEN, loop_id=lid, site_id=site, detail=type(obj).__name__)

    # -- asyncgen-not-closed ------------------------------------------------------------------------------

    def agen_first_iterated(self, agen):
        """The loop's firstiter hook: where the program first iterated `agen` (its `async for`)."""
        frame = sys._getframe(2)  # past the loop's hook and the guarded wrapper
        while frame is not None and is_internal(frame.f_code.co_filename):
            frame = frame.f_back
        if frame is None:
            return
        # By id, without a weak reference: an async generator's weak references are cleared before its
        # finalizer runs. An entry is only ever read for the latest generator of its id to start iterating.
        if len(self.agens) > 100_000:  # exhausted generators leave theirs behind
            self.agens.clear()
        self.agens[id(agen)] = (frame.f_code.co_filename, frame.f_lineno or 0, frame.f_code.co_name)

    def agen_finalized(self, agen, how=0):
        """Neither exhausted nor closed by the program: the loop's finalizer hook (the garbage collector) or
        shutdown_asyncgens() closes it."""
        where = self.agens.pop(id(agen), None)
        where = self.sites.intern((where,)) if where is not None else None
        self.emit(ASYNCGEN_FINALIZED, site_id=where, ref_id=self.sites.from_stack(), arg=how,
                  detail=getattr(agen, "__qualname__", None))

    def agens_shutting_down(self, agens):
        for agen in agens:
            if agen.ag_frame is not None:  # suspended mid-iteration; an exhausted one has no frame
                self.agen_finalized(agen, ASYNCGEN_SHUTDOWN)

    # -- blocking-callback: a watchdog thread -------------------------------------------------------------

    def watch_loop(self, loop):
        """`loop` started running: the watchdog looks at it from now on (started with the first loop)."""
        self.watched_loops[id(loop)] = weakref.ref(loop)
        self.loop_threads[id(loop)] = self.thread_id()
        if self.watchdog_pid != os.getpid():
            self.start_watchdog()

    def start_watchdog(self):
        import _thread  # not threading: the program's threading.enumerate() must not show it

        self.watchdog_pid = os.getpid()
        self.watchdog_stop, self.watchdog_ended = _thread.allocate_lock(), _thread.allocate_lock()
        self.watchdog_stop.acquire()
        self.watchdog_ended.acquire()
        _thread.start_new_thread(self._watchdog, (self.watchdog_stop, self.watchdog_ended))

    def restart_watchdog_soon(self):
        """After a fork that ended the watchdog: the next callback a loop runs starts it again (or the next
        loop to start does), not the after-fork handler, after which CPython 3.13+ counts the threads. The
        loop's clock in _run_once is swapped for one call, so that no callback pays for this."""
        namespace = sys.modules["asyncio.base_events"].__dict__
        monotonic_ns, pending = time.monotonic_ns, [True]

        def now():
            try:
                pending.pop()  # once, whichever loop thread comes first
            except IndexError:
                return monotonic_ns()
            namespace["_asynctrace_now"] = monotonic_ns
            if self.enabled and self.watchdog_pid != os.getpid():
                try:
                    self.start_watchdog()
                except Exception as e:
                    if belongs_to_program(e):
                        raise
                    self.fail("blocking watchdog", e)
            return monotonic_ns()

        namespace["_asynctrace_now"] = now

    def stop_watchdog(self, at_exit=False):
        """Ends the watchdog thread and waits, up to WATCHDOG_STOP_S, until the kernel has ended it too (a
        thread that CPython 3.12+ counts at fork, and that must not outlive the exit handlers: CPython 3.9-3.12
        may crash when such a thread wakes while the interpreter finalizes, cpython#110052); whether it was
        running."""
        stop, ended = self.watchdog_stop, self.watchdog_ended
        if self.watchdog_pid != os.getpid() or stop is None:
            return False
        deadline = time.monotonic() + WATCHDOG_STOP_S
        stop.release()  # it ends at its next look, or now if it waits
        self.watchdog_stop, self.watchdog_pid = None, None
        # A fork may come from a loop's thread, where blockbuster makes a lock's blocking acquire, time.sleep
        # and os.stat raise: no blocking call there, and sched_yield lets the watchdog have the GIL (at the
        # switch interval). At exit no loop runs, and a short sleep hands it the GIL at once.
        pause = (lambda: _SLEEP(0.0001)) if at_exit else _SCHED_YIELD
        while not ended.acquire(False):
            if time.monotonic() > deadline:
                return True
            pause()
        task = f"/proc/self/task/{self.watchdog_native_id}"
        while time.monotonic() < deadline:
            try:
                _STAT(task)
            except OSError:
                break
            pause()
        return True

    def unwatch_loop(self, loop):
        loop.__dict__["_asynctrace_busy"] = 0  # its last iteration is over: it is not blocked, it stopped
        self.watched_loops.pop(id(loop), None)
        self.idle_seen.pop(id(loop), None)
        self.end_blocking(id(loop), time.monotonic_ns())

    def end_blocking(self, key, last_seen):
        """The loop's blocked iteration is over (or the loop stopped, or the process exits): report it. Whoever
        pops the episode reports it, the watchdog or the loop's own thread."""
        episode = self.block_episodes.pop(key, None)
        if episode is not None:
            since, last, site, task, callback, thread, lid = episode
            self.emit(LOOP_BLOCKED, loop_id=lid, task_id=task, site_id=site,
                      arg=(max(last, last_seen) - since) // 1_000_000, detail=callback, thread_id=thread)

    def end_all_blocking(self):
        now = time.monotonic_ns()
        for key in list(self.block_episodes):
            self.end_blocking(key, now)

    def _watchdog(self, stop, ended):
        """Every quarter of the threshold: a loop whose current callback began longer ago than the threshold
        is blocked; where it is stuck is the innermost program frame of its thread then, with its callers out to
        the frame the loop called, and the report, when that callback ends, says for how long at least."""
        import _thread

        self.watchdog_native_id = _thread.get_native_id()
        slow_ns = self.slow_ms * 1_000_000
        interval = max(self.slow_ms / 4000, 0.005)
        pid = os.getpid()
        try:
            while self.enabled and os.getpid() == pid and not stop.acquire(timeout=interval):
                try:
                    self._watch_once(slow_ns)
                except Exception as e:
                    self.fail("blocking watchdog", e)
                    return
        finally:
            ended.release()

    def _watch_once(self, slow_ns):
        now = time.monotonic_ns()
        frames = None
        for key, ref in list(self.watched_loops.items()):
            loop = ref()
            if loop is None or loop.is_closed():
                self.watched_loops.pop(key, None)
                self.idle_seen.pop(key, None)
                self.end_blocking(key, now)
                continue
            busy = loop.__dict__.get("_asynctrace_busy", 0)  # 0: waiting in select
            self.watch_hangs(key, loop, busy, now)
            episode = self.block_episodes.get(key)
            if episode is not None:
                if episode[0] == busy:
                    episode[1] = now
                    continue
                self.end_blocking(key, now)
            if not busy or now - busy < slow_ns:
                continue
            if frames is None:
                frames = sys._current_frames()
            frame = frames.get(loop._thread_id)
            if frame is None:
                continue
            stack = _user_frames(frame, BLOCKED_STACK_DEPTH)
            # The program's frames out to the loop's own (asyncio's run_forever is no part of the story).
            inner = 0
            while inner < len(stack) and not is_internal(stack[inner][0]):
                inner += 1
            stack = stack[:inner] or stack
            task = self.current_task(loop)
            tid = self.tasks.get(id(task)) if task is not None else None
            self.block_episodes[key] = [busy, now, self.sites.intern(stack) if stack else None, tid,
                                        _running_callback(frame, task), self.loop_threads.get(key),
                                        self.loop_id(loop)]


def _running_callback(frame, task):
    """What the loop is running: the task's coroutine, or the callback of the handle being run."""
    if task is not None:
        coro = getattr(task, "get_coro", lambda: None)()
        qualname = getattr(coro, "__qualname__", "?")
        name = task.get_name()
        return f"task {name} ({qualname})" if name is not None else f"task {qualname}"
    while frame is not None:
        code = frame.f_code
        if code.co_name == "_run" and code.co_filename.endswith("events.py"):
            handle = frame.f_locals.get("self")
            callback = getattr(handle, "_callback", None)
            return f"callback {getattr(callback, '__qualname__', type(callback).__name__)}"
        frame = frame.f_back
    return None
