"""Hangs: what each pending task of a loop waits on, written as a snapshot (tables snapshots and waits of
schema/trace.sql) when nothing makes progress, when the program is signalled or ended by os._exit, and when a
scope ends or a loop closes with tasks pending. The analyzer's deadlock and stalled-await rules read them.

A snapshot costs only when it is taken. The watchdog thread (see _resources) takes one when a loop has waited
in select for ASYNCTRACE_HANG_MS with no timer due, or when a task stayed that long on one await of something
that is neither a sleep, an executor job nor I/O. For the second, it notes which object each task waits on,
every quarter of the threshold at most, and never more than 2% of the time (the pause grows with the tasks).
What a task waits on is read from its await chain (each coroutine, generator and async generator frame) and
its _fut_waiter, the way asyncio.capture_call_graph does on 3.14, on every version: that graph has no edge for
primitives, locks' owners or executor jobs, and misses some through gather and async generators.
"""

import gc
import os
import signal
import sys
import time
import types
import weakref

from ._hooks import HookNotInstalled, patch_last_line, patch_method
from ._signals import belongs_to_program
from ._sites import _OWN_DIR, first_user_frame, is_internal, line_at
from ._writer import DURABLE_WAIT_S

DEFAULT_HANG_MS = 2000
# snapshots.reason
NO_PROGRESS, AWAIT_STUCK, SIGNAL, EXIT, SCOPE_END, LOOP_CLOSE = (
    "no_progress", "await_stuck", "signal", "exit", "scope_end", "loop_close")
# waits.kind of what wakes a task by itself or from outside the loop's tasks: never a stall.
EXTERNAL = frozenset(("sleep", "executor", "io", "server", "running", "ready"))
# The signals that end a run (a CI job's kill, Ctrl-C, pytest-timeout's signal method): a snapshot first, when
# Python handles them.
RELAYED_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGALRM") if hasattr(signal, name))
CHAIN_DEPTH = 64  # frames of one await chain kept (a recursion of coroutines is cut there)
SAMPLE_SHARE = 100  # noting the waits takes at most 1/100 of the process's time, from its start
SAMPLE_TASK_NS = 1_000  # what noting one task's wait costs, until a look has measured it
# The asyncio primitives whose creation is noted (their __init__), by module and class name.
PRIMITIVES = (("locks", ("Event", "Lock", "Semaphore", "Condition", "Barrier")), ("queues", ("Queue",)))
FUTURES_MADE_MIN = 4096  # futures_made is swept of dead futures when it reaches this, or twice the live ones
# (the accelerator's table too: _speedups.c's FUTURES_MADE_MIN)


def hang_ms_setting():
    """ASYNCTRACE_HANG_MS, or the default; a value that is not a positive number keeps the default."""
    try:
        value = int(os.environ.get("ASYNCTRACE_HANG_MS", DEFAULT_HANG_MS))
    except ValueError:
        return DEFAULT_HANG_MS
    return value if value > 0 else DEFAULT_HANG_MS


class Hangs:
    """The recorder's snapshots of waiting tasks (a part of Recorder)."""

    def reset_hangs(self):
        self.hang_ms = hang_ms_setting()
        # Task id -> id of the object it waits on, and -> monotonic ns it was first seen waiting on it. Ints only:
        # such dicts are no work for the program's garbage collections, which a tuple per task was.
        self.waiting_on, self.waiting_since = {}, {}
        self.stuck_reported = set()  # (task id, id of the object) a snapshot was taken for
        self.idle_seen = {}  # id(loop) -> when the watchdog first saw it waiting in select, while it still does
        self.stalled_at = {}  # id(loop) -> (the idle episode (idle_seen) judged, whether a snapshot was taken)
        self.hangs_started_ns = time.monotonic_ns()
        self.next_wait_sample = self.hangs_started_ns + self.hang_ms * 250_000  # none in a run shorter than that
        self.sampling_ns, self.sample_task_ns = 0, SAMPLE_TASK_NS  # time spent noting waits; its cost per task
        self.signal_snapshot_ns = {}  # signal number -> when its last snapshot was taken
        self.futures_made_limit = FUTURES_MADE_MIN

    # -- hooks ---------------------------------------------------------------------------------------------

    def _hook_lock_owners(self):
        """asyncio.Lock does not know which task holds it: acquire and release are recompiled to say so."""
        from asyncio import locks

        hooks = {"_asynctrace_lock_owners": self.lock_owners, "_asynctrace_tasks_by_key": self.tasks,
                 "_asynctrace_running_task": self.current_task}
        taken = ("self._locked = True; _asynctrace_lock_owners[id(self)] = "
                 "_asynctrace_tasks_by_key.get(id(_asynctrace_running_task()))")
        failed = self.failed_later("asyncio.Lock owners")
        patch_method(locks.Lock, "acquire", hooks, [
            ("\n        self._locked = True\n", f"\n        {taken}\n"),  # (source dedented)
            ("\n    self._locked = True\n", f"\n    {taken}\n"),
        ], failed)
        patch_method(locks.Lock, "release", hooks, [
            ("self._locked = False", "self._locked = False; _asynctrace_lock_owners.pop(id(self), None)"),
        ], failed)

    def _hook_primitives_made(self):
        """Where each Event, Lock, Semaphore, Condition, Barrier and Queue was made, noted by its __init__."""
        import importlib

        hooks = {"_asynctrace_primitive_made": self.guarded(self.primitive_made)}
        failed = self.failed_later("asyncio primitives made")
        for module_name, names in PRIMITIVES:
            module = importlib.import_module("asyncio." + module_name)
            for name in names:
                cls = getattr(module, name, None)
                if cls is not None and "__init__" in cls.__dict__:
                    patch_last_line(cls, "__init__", hooks, "_asynctrace_primitive_made(self)", failed)

    def primitive_made(self, obj):
        made_at = self.made_at
        if len(made_at) > 100_000:  # the program's objects outlive any use we make of them: bounded
            made_at.clear()
        frame = sys._getframe(3)  # past the guarded wrapper and asyncio's __init__
        while frame is not None and is_internal(frame.f_code.co_filename):
            frame = frame.f_back
        frames = []
        while frame is not None and len(frames) < 3 and not is_internal(frame.f_code.co_filename):
            frames.append((frame.f_code.co_filename, frame.f_lineno or 0, frame.f_code.co_name))
            frame = frame.f_back
        key = id(obj)
        made_at[key] = (weakref.ref(obj, lambda _, key=key: made_at.pop(key, None)), tuple(frames))

    def future_made(self, future):
        """create_future's hook (in C, the accelerator's create_future): the code and instruction offset of the
        program line that asked for the future (its line is read only when needed, see _sites.line_at), kept with
        a weak reference to it until a snapshot or a cross-loop await names it (see made_site). A future asked for
        by asyncio or a library is left out: what it stands for (a sleep, a Queue, a stream) names its waits."""
        frame = sys._getframe(3)  # create_future's caller, past the guarded wrapper and create_future
        if is_internal(frame.f_globals.get("__file__") or ""):  # its module's file, as in C
            return future
        futures_made = self.futures_made
        if len(futures_made) >= self.futures_made_limit:
            self.sweep_futures_made()
        futures_made[id(future)] = (weakref.ref(future), frame.f_code, frame.f_lasti)
        return future

    def sweep_futures_made(self):
        """Forget the futures that are gone; the table may then grow to twice the futures still alive."""
        made = self.futures_made
        for key, entry in list(made.items()):
            if entry[0]() is None and made.get(key) is entry:
                del made[key]
        self.futures_made_limit = max(FUTURES_MADE_MIN, 2 * len(made))

    def made_site(self, obj):
        """sites.id of where a primitive (see primitive_made) or a future (see future_made) was made, or None."""
        made = self.made_at.get(id(obj))
        if made is not None and made[1] and made[0]() is obj:
            return self.sites.intern(made[1])
        if self.accelerator is not None:
            made = self.accelerator.future_site(obj)
        else:
            made = self.futures_made.get(id(obj))
            made = made[1:] if made is not None and made[0]() is obj else None
        if made is not None:
            code, offset = made
            return self.sites.intern(((code.co_filename, line_at(code, offset), code.co_name),))
        return None

    def _hook_threadsafe_calls(self, loop_class, hooks):
        """A thread other than the loop's that schedules a callback may wake it: its ident is noted."""
        patch_method(loop_class, "call_soon_threadsafe", hooks, [
            ('"""Like call_soon(), but thread-safe."""',
             '"""Like call_soon(), but thread-safe."""; self._asynctrace_threadsafe = _asynctrace_get_ident()'),
        ], self.failed_later("BaseEventLoop.call_soon_threadsafe"))

    def _hook_signals(self):
        """SIGTERM, SIGINT and SIGALRM handled in Python (the program's handler, asyncio's, pytest-timeout's,
        Python's own KeyboardInterrupt) go through a relay that takes a snapshot, then hands the signal on. A
        signal left to its default action is left alone: the kernel ends the process whichever thread it hits,
        where a Python handler would wait for the main thread, which may be blocked in C (a Pool worker in
        sem_wait); the watchdog's last look stands for it.
        signal.signal and signal.getsignal are recompiled to install relays and to answer with the program's
        handlers: their lines that can raise stay as they were, and so do their tracebacks."""
        import _signal
        import threading

        if threading.current_thread() is not threading.main_thread():
            raise HookNotInstalled("the recorder started outside the main thread, which alone sets handlers")
        on_signal = self.guarded(self.signalled)

        def relay_for(signum, handler):
            if signum not in RELAYED_SIGNALS or not callable(handler) or isinstance(handler, _Relay):
                return handler
            return _Relay(signum, handler, on_signal)

        def relayed(signalnum, previous):
            """signal.signal() just installed the program's handler: a relay takes its place."""
            signum = int(signalnum)
            installed = _signal.getsignal(signum)
            relay = relay_for(signum, installed)
            if relay is not installed:
                _signal.signal(signum, relay)
            return previous.handler if isinstance(previous, _Relay) else previous

        def program_handler(handler):
            return handler.handler if isinstance(handler, _Relay) else handler

        hooks = {"_asynctrace_relayed": relayed, "_asynctrace_program_handler": program_handler}
        patch_method(signal, "signal", hooks, [
            ("return _int_to_enum(handler, Handlers)",
             "return _int_to_enum(_asynctrace_relayed(signalnum, handler), Handlers)")])
        patch_method(signal, "getsignal", hooks, [
            ("return _int_to_enum(handler, Handlers)",
             "return _int_to_enum(_asynctrace_program_handler(handler), Handlers)")])
        for signum in RELAYED_SIGNALS:
            handler = _signal.getsignal(signum)
            relay = relay_for(signum, handler)
            if relay is not handler:
                _signal.signal(signum, relay)

    def _hook_os_exit(self):
        """os._exit skips every exit handler (pytest-timeout's thread method ends a run so): a snapshot first."""
        real_exit = os._exit
        on_exit = self.guarded(self.exiting_at_once)

        def _exit(status):
            on_exit(status)
            real_exit(status)

        _exit.__doc__, _exit.__wrapped__ = real_exit.__doc__, real_exit
        os._exit = _exit

    # -- when a snapshot is taken -------------------------------------------------------------------------

    def signalled(self, signum):
        # At most one a threshold per signal: a program may use one as a timer (setitimer every millisecond).
        now = time.monotonic_ns()
        if now - self.signal_snapshot_ns.get(signum, -(1 << 62)) >= self.hang_ms * 1_000_000:
            self.signal_snapshot_ns[signum] = now
            self.snapshot_running_loops(SIGNAL, _signal_name(signum))

    def exiting_at_once(self, status):
        if self.writer.pid == os.getpid():
            self.snapshot_running_loops(EXIT, f"os._exit({status})")

    def snapshot_running_loops(self, reason, detail):
        taken = False
        for ref in list(self.watched_loops.values()):
            loop = ref()
            if loop is not None and not loop.is_closed():
                taken = self.take_snapshot(loop, reason, detail) or taken
        if taken:
            self.writer.flush(wait_s=DURABLE_WAIT_S)  # the process may end the next moment

    def watch_hangs(self, key, loop, busy, now):
        """The watchdog's look at one running loop (busy: the _run_once mark, 0 while it waits in select). The loop
        is taken for idle since the watchdog first saw it waiting, a mark per iteration being no free: a loop
        that ran callbacks in between, unseen, with no timer, I/O or executor job, was woken by another thread
        through its self-pipe, which the snapshot says (other_threads) and which is no stall."""
        hang_ns = self.hang_ms * 1_000_000
        if busy:
            self.idle_seen.pop(key, None)
            idle_since = None
        else:
            idle_since = self.idle_seen.setdefault(key, now)
        if idle_since is not None and now - idle_since >= hang_ns and \
                self.stalled_at.get(key, (None,))[0] != idle_since:
            # A timer, I/O or an executor job will wake it: no stall (a server idle between requests, a sleep).
            taken = not (_timers(loop)[0] or _io_count(loop) or _executor_jobs(loop)) and \
                self.take_snapshot(loop, NO_PROGRESS)
            self.stalled_at[key] = (idle_since, taken)  # this idle episode is judged
            if taken:
                self.writer.flush(wait_s=DURABLE_WAIT_S)
        # The budget is counted from the start: a first look over 200,000 pending tasks is 0.2 s of holding
        # the GIL, which a 5 s program must not pay at once. Few tasks (a hang) cost next to nothing.
        if now >= self.next_wait_sample:
            cost_ns = self.sampling_ns + len(self.tasks) * self.sample_task_ns
            if cost_ns * SAMPLE_SHARE <= now - self.hangs_started_ns:
                self.sample_waits(hang_ns, now)

    def idle_since(self, loop):
        """When the watchdog first saw the loop waiting in select, if it still is; else None."""
        if loop.__dict__.get("_asynctrace_busy", 0):
            return None
        return self.idle_seen.get(id(loop))

    def sample_waits(self, hang_ns, now):
        """Notes what each task of each running loop waits on; a task on one object for hang_ms makes a
        snapshot of its loop, once per task and object, unless it sleeps, waits for an executor job or I/O."""
        began = time.perf_counter()
        waiting_on, since = {}, {}
        previous_on, previous_since = self.waiting_on, self.waiting_since
        noted = 0
        stuck_loops = []
        for ref in list(self.watched_loops.values()):
            loop = ref()
            if loop is None or loop.is_closed():
                continue
            idle_since = self.idle_since(loop)
            # Its no_progress snapshot says it all.
            already = idle_since is not None and self.stalled_at.get(id(loop)) == (idle_since, True)
            stuck = False
            for task in _all_tasks(self.asyncio, loop):
                noted += 1
                tid = self.tasks.get(id(task))
                waiter = getattr(task, "_fut_waiter", None)
                if tid is None or waiter is None:
                    continue
                first = previous_since[tid] if previous_on.get(tid) == id(waiter) else now
                waiting_on[tid], since[tid] = id(waiter), first
                if now - first >= hang_ns and (tid, id(waiter)) not in self.stuck_reported:
                    self.stuck_reported.add((tid, id(waiter)))
                    stuck = stuck or self.describe_wait(loop, task, {}, {}, None)[0] not in EXTERNAL
            if stuck and not already:
                stuck_loops.append(loop)
        self.waiting_on, self.waiting_since = waiting_on, since
        if len(self.stuck_reported) > 100_000:
            self.stuck_reported.clear()
        for loop in stuck_loops:
            self.take_snapshot(loop, AWAIT_STUCK)
        if stuck_loops:
            self.writer.flush(wait_s=DURABLE_WAIT_S)
        took_ns = int((time.perf_counter() - began) * 1e9)
        self.sampling_ns += took_ns
        if noted >= 100:
            self.sample_task_ns = took_ns // noted
        self.next_wait_sample = now + max(hang_ns // 4, SAMPLE_SHARE * took_ns)

    # -- the snapshot ----------------------------------------------------------------------------------------

    def take_snapshot(self, loop, reason, detail=None, scope_id=None, tasks=None):
        """Writes what the loop is doing and what each of its pending tasks (or of `tasks`) waits on; False if
        it has none."""
        if tasks is None:
            tasks = [t for t in _all_tasks(self.asyncio, loop) if not t.done()]
        if not tasks:
            return False
        w = self.writer
        snapshot_id = w.new_id()
        now = time.monotonic_ns()
        timer_count, next_timer, by_object, by_task = _timers(loop, indexed=True)
        try:
            current = self.current_task(loop)
        except Exception as e:  # a loop of another thread on a version that cannot say
            if belongs_to_program(e):
                raise
            current = None
        w.rows["snapshots"].extend((
            snapshot_id, w.process_id, self.loop_id(loop), self.thread_id(), self.current_test, now, reason, detail,
            scope_id, self.hang_ms, self.idle_since(loop), len(getattr(loop, "_ready", ())), timer_count,
            next_timer, _io_count(loop), _executor_jobs(loop), int(_other_thread_alive(loop))))
        for task in tasks:
            # Never registered here: a snapshot may run inside a signal handler, between two steps of a hook
            # that is registering this very task. Tasks made without create_task were registered by then (at
            # close, at a scope's end), or are skipped.
            tid = self.tasks.get(id(task))
            if tid is None:
                continue
            kind, on_tasks, on_site, deadline, text, chain_site = self.describe_wait(
                loop, task, by_object, by_task, current, with_sites=True)
            waiter = getattr(task, "_fut_waiter", None)
            since = self.waiting_since.get(tid) if waiter is not None and self.waiting_on.get(tid) == id(waiter) \
                else None
            if w.lean:
                for named in (tid, *(on_tasks or ())):
                    w.keep_task(named)
            w.rows["waits"].extend((snapshot_id, tid, chain_site, kind,
                                    " ".join(map(str, on_tasks)) if on_tasks else None, on_site, deadline, since, text))
        return True

    def describe_wait(self, loop, task, by_object, by_task, current, with_sites=False):
        """(kind, ids of the tasks it waits on, where the awaited object was made, deadline ns, what it is,
        its await chain as a site): see the waits table."""
        chain = _await_chain(task)
        chain_site = None
        if with_sites and chain:
            frames = tuple((f.f_code.co_filename, f.f_lineno or 0, f.f_code.co_name) for f in reversed(chain))
            blamed = first_user_frame(frames)
            chain_site = self.sites.intern(frames, blamed)
        if task is current:
            return "running", None, None, None, None, chain_site
        waiter = getattr(task, "_fut_waiter", None)
        if waiter is None:
            return "ready", None, None, None, None, chain_site
        deadline = _ns(min(by_object.get(id(waiter), _NEVER), by_task.get(id(task), _NEVER)))
        kind, obj, on_tasks, text = self.classify(chain, waiter)
        on_site = self.made_site(obj) if with_sites and obj is not None else None
        return kind, on_tasks, on_site, deadline, text, chain_site

    def classify(self, chain, waiter):
        """(kind, the awaited object, tasks it waits on, a few words on it), from asyncio's frames at the bottom
        of the chain, the one the program called first (Queue.join, not the Event.wait it awaits), else from the
        future the task waits on."""
        inner = len(chain)
        while inner and is_internal(chain[inner - 1].f_code.co_filename):
            inner -= 1
        for frame in chain[inner:]:
            code = frame.f_code
            name = code.co_name
            if name == "sleep" and code.co_filename.endswith("tasks.py"):
                return "sleep", None, None, None
            if name in ("serve_forever",):
                return "server", None, None, None
            if name in ("_wait_for_data", "_drain_helper", "drain", "readuntil", "readexactly", "sock_recv",
                        "sock_accept", "sock_connect", "sock_sendall"):
                return "io", None, None, None
            if name == "wait_for" and code.co_filename.endswith("tasks.py"):
                inner = frame.f_locals.get("fut")  # before 3.12 it waits on a future of its own, not on this
                if isinstance(inner, self.task_types):
                    tid = self.tasks.get(id(inner))
                    return "task", inner, [tid] if tid is not None else None, _task_label(inner)
            if name in ("wait", "acquire", "get", "put", "join", "_block", "_wait", "wait_for"):
                obj = frame.f_locals.get("self")
                found = self.primitive_wait(obj, name)
                if found is not None:
                    return found
        if isinstance(waiter, self.task_types):
            tid = self.tasks.get(id(waiter))
            return "task", waiter, [tid] if tid is not None else None, _task_label(waiter)
        children = getattr(waiter, "_children", None)
        if children is not None:  # gather's future: it waits on every child still pending
            ids = [self.tasks.get(id(c)) for c in children if not c.done()]
            return "gather", None, [t for t in ids if t is not None] or None, f"gather() of {len(children)}"
        callbacks = getattr(waiter, "_callbacks", None) or ()
        names = [getattr(cb[0] if isinstance(cb, tuple) else cb, "__name__", "") for cb in callbacks]
        if "_call_check_cancel" in names:
            return "executor", None, None, "a concurrent.futures job (run_in_executor, wrap_future)"
        return "future", waiter, None, type(waiter).__name__

    def primitive_wait(self, obj, how):
        """(kind, obj, tasks, text) for a task inside one of obj's waiting methods, or None."""
        from asyncio import locks, queues

        if isinstance(obj, locks.Lock):
            holder = self.lock_owners.get(id(obj)) if obj.locked() else None
            text = "Lock held by another task" if holder is not None else "Lock"
            return "lock", obj, [holder] if holder is not None else None, text
        if isinstance(obj, locks.Event):
            return "event", obj, None, "Event"
        if isinstance(obj, locks.Condition):
            return "condition", obj, None, "Condition"
        if isinstance(obj, locks.Semaphore):
            return "semaphore", obj, None, f"{type(obj).__name__} (value {getattr(obj, '_value', '?')})"
        barrier = getattr(locks, "Barrier", None)
        if barrier is not None and isinstance(obj, barrier):
            return "barrier", obj, None, f"Barrier of {obj.parties} ({obj.n_waiting} waiting)"
        if isinstance(obj, queues.Queue):
            size = f"maxsize {obj.maxsize}" if obj.maxsize > 0 else "unbounded"
            if how == "get":
                return "queue_get", obj, None, f"{type(obj).__name__} empty ({size})"
            if how == "put":
                return "queue_put", obj, None, f"{type(obj).__name__} full ({size})"
            if how == "join":
                return "queue_join", obj, None, f"{type(obj).__name__}.join() with {obj._unfinished_tasks} unfinished"
        return None


class _Relay:
    """The handler Python sees for a relayed signal. Python calls a handler as handler(signum, frame); for an
    object it looks __call__ up on the type and, __call__ being a property here, calls its getter with the
    relay alone. The getter takes the snapshot and returns the program's handler, which Python then calls: no
    frame of ours lies between that handler and the frame it interrupted, so its exceptions' tracebacks (a
    KeyboardInterrupt's, pytest-timeout's Failed) read as untraced."""

    __slots__ = ("signum", "handler", "on_signal")

    def __init__(self, signum, handler, on_signal):
        self.signum, self.handler, self.on_signal = signum, handler, on_signal

    @property
    def __call__(self):
        # Not while one of the recorder's own hooks runs (the frame the signal interrupted is ours): its tables
        # may be halfway through a change. The program's handler runs all the same.
        if not sys._getframe(1).f_code.co_filename.startswith(_OWN_DIR):
            self.on_signal(self.signum)
        return self.handler


_NEVER = float("inf")


def _ns(when):
    """A loop time (seconds of time.monotonic) as monotonic ns; None for a timer set at infinity (anyio sets
    its cancel scopes' deadlines so) or none at all."""
    return int(when * 1e9) if when < _NEVER else None


def _signal_name(signum):
    try:
        return signal.Signals(signum).name
    except ValueError:
        return str(signum)


def _all_tasks(asyncio, loop):
    """asyncio.all_tasks(loop), tried again if another thread changes the set of tasks meanwhile."""
    for _ in range(10):
        try:
            return asyncio.all_tasks(loop)
        except RuntimeError:
            continue
    return ()


def _await_chain(task):
    """The frames of a task's await chain, outermost first: each coroutine, generator and async generator
    frame down to the one it is suspended in."""
    from ._tasks import _coro_of

    frames = []
    awaitable = _coro_of(task)
    while awaitable is not None and len(frames) < CHAIN_DEPTH:
        frame = (getattr(awaitable, "cr_frame", None) or getattr(awaitable, "gi_frame", None)
                 or getattr(awaitable, "ag_frame", None))
        if frame is None:
            # An async generator's __anext__/asend object: the generator is what it refers to.
            referents = [o for o in gc.get_referents(awaitable) if type(o) is types.AsyncGeneratorType]
            awaitable = referents[0] if referents else None
            continue
        frames.append(frame)
        awaitable = (getattr(awaitable, "cr_await", None) or getattr(awaitable, "gi_yieldfrom", None)
                     or getattr(awaitable, "ag_await", None))
    return frames


def _timers(loop, indexed=False):
    """(timers not cancelled, the earliest's deadline ns or None, {id(its first argument): when},
    {id(the task of a Timeout it belongs to): when}); the indexes only when asked."""
    count, first, by_object, by_task = 0, None, {}, {}
    for handle in list(getattr(loop, "_scheduled", ())):
        if handle._cancelled:
            continue
        count += 1
        when = handle._when
        first = when if first is None or when < first else first
        if not indexed:
            break
        # A timer wakes the future it is given (sleep, wait_for before 3.12) or whose method it calls
        # (call_later(fut.set_result, ...)), and the task of the Timeout it belongs to.
        owner = getattr(handle._callback, "__self__", None)
        for woken in (handle._args[0] if handle._args else None, owner):
            if woken is not None:
                by_object[id(woken)] = min(when, by_object.get(id(woken), _NEVER))
        owner_task = getattr(owner, "_task", None)
        if owner_task is not None:
            by_task[id(owner_task)] = min(when, by_task.get(id(owner_task), _NEVER))
    return count, None if first is None else _ns(first), by_object, by_task


def _io_count(loop):
    """File descriptors the loop's selector watches, its own self-pipe excepted; None if it has no selector."""
    selector = getattr(loop, "_selector", None)
    if selector is None:
        return None
    try:
        watched = len(selector.get_map())
    except Exception as e:
        if belongs_to_program(e):
            raise
        return None
    ssock = getattr(loop, "_ssock", None)
    return watched - 1 if ssock is not None and watched else watched


def _executor_jobs(loop):
    """Jobs of the loop's default executor queued or running (an estimate from its idle threads)."""
    executor = getattr(loop, "_default_executor", None)
    if executor is None:
        return 0
    try:
        queued = executor._work_queue.qsize()
        idle = getattr(getattr(executor, "_idle_semaphore", None), "_value", 0)
        return queued + max(0, len(executor._threads) - idle)
    except Exception as e:
        if belongs_to_program(e):
            raise
        return None


def _other_thread_alive(loop):
    """Whether a thread other than the loop's own, and not one of its executor's, scheduled a callback on it
    with call_soon_threadsafe and is still alive: it may do so again."""
    ident = loop.__dict__.get("_asynctrace_threadsafe")
    if ident is None or ident == loop._thread_id or ident not in sys._current_frames():
        return False
    executor = getattr(loop, "_default_executor", None)
    workers = {t.ident for t in getattr(executor, "_threads", ())} if executor is not None else set()
    return ident not in workers


def _task_label(task):
    try:
        return f"task {task.get_name()}"
    except Exception as e:
        if belongs_to_program(e):
            raise
        return "task"
