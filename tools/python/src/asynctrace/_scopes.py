"""Scopes: the spans of a run that a task is judged by (pytest sessions, tests, phases and fixtures; unittest's
tests; asyncio.run and asyncio.Runner), and what was still alive when each ended.

A scope's id is drawn from the counter that numbers tasks, so the analyzer can tell which scope was open when
a task was made (schema/trace.sql, table scopes) without the recorder paying anything per task. When a scope
ends, every task made since it began and still pending is written as a task_alive_at_scope_end fact; whether
that is a leak (the task was the scope's own) is the analyzer's call.
"""

import gc
import os
import sys
import time
import types
import weakref

from ._coroutines import _not_started
from ._events import TASK_ALIVE_AT_SCOPE_END
from ._hangs import SCOPE_END, _all_tasks
from ._hooks import PY311, patch_method

# The scope kinds of schema/trace.sql.
SESSION, TEST, FIXTURE, RUNNER = "session", "test", "fixture", "runner"
SETUP, CALL, TEARDOWN = "setup", "call", "teardown"
_STRUCTURE = (SESSION, TEST, SETUP, CALL, TEARDOWN)

# Coroutines that died just before CPython's "never awaited" warning: their weak references' callbacks run
# first (on collection by reference count and by the collector alike), so only the latest few are needed.
_RECENTLY_DEAD_KEPT = 10_000


def _contained(method):
    """A scope method the pytest plugin and the unittest and runner hooks call: nothing once recording stopped,
    and its own error stops recording (the program's exceptions pass, see Recorder.contain)."""
    def contained(self, *args, **kwargs):
        if not self.enabled:
            return None
        try:
            return method(self, *args, **kwargs)
        except BaseException as e:
            if not self.contain(method.__name__, e):
                raise
        return None

    contained.__name__ = contained.__qualname__ = method.__name__
    contained.__doc__ = method.__doc__
    return contained


class Scope:
    # loop: a runner's loop, by weak reference (a scope never keeps a loop alive).
    __slots__ = ("id", "end_id", "ready_id", "parent_id", "kind", "name", "detail", "test_id", "loop", "loop_id",
                 "thread_id", "site_id", "start_ns", "end_ns")

    def row(self, process_id):
        return (self.id, self.end_id, self.ready_id, process_id, self.parent_id, self.kind, self.name, self.detail,
                self.test_id, self.loop_id, self.thread_id, self.site_id, self.start_ns, self.end_ns)


class Scopes:
    """The recorder's scope bookkeeping (a part of Recorder). Scopes of one process form one list of those
    open, innermost last; one may end before those begun inside it (a Runner closes after its test)."""

    def reset_scopes(self):
        self.open_scopes = []
        self.live_loops = weakref.WeakSet()  # loops this process made: where alive tasks are looked for
        # Not-yet-started coroutines seen among the young objects at a boundary between tests, by weak
        # reference: (id, qualname, origin) -> the test current then (None outside tests).
        self.coroutine_tests = {}
        self.recently_dead = {}  # the same key -> test, for the coroutines whose weak reference just died

    @_contained
    def scope_started(self, kind, name, detail=None, site_id=None, test_id=None):
        w = self.writer
        scope = Scope()
        scope.id = w.new_id()
        scope.end_id = scope.ready_id = scope.loop = scope.loop_id = scope.end_ns = None
        scope.parent_id = self.parent_for(kind, detail)
        scope.kind, scope.name, scope.detail, scope.site_id = kind, name, detail, site_id
        scope.test_id = self.current_test if test_id is None else test_id
        scope.thread_id = self.thread_id()
        scope.start_ns = time.monotonic_ns()
        self.open_scopes.append(scope)
        w.rows["scopes"].extend(scope.row(w.process_id))
        return scope

    def parent_for(self, kind, detail):
        """The scope a new one sits in: the innermost open session, test or phase (fixtures and runners live
        across tests, so they are parents of nothing); a fixture wider than a function sits in its session."""
        structure = (SESSION,) if kind == FIXTURE and detail != "function" else _STRUCTURE
        for scope in reversed(self.open_scopes):
            if scope.kind in structure:
                return scope.id
        return None

    @_contained
    def scope_ended(self, scope):
        """Ends `scope` (once): the tasks made since it began and still pending are written first."""
        if scope is None or scope.end_id is not None:
            return
        try:
            self.open_scopes.remove(scope)
        except ValueError:  # a forked child ends its parent's scopes only in the parent's trace
            return
        self.tasks_alive_at_end(scope)
        w = self.writer
        scope.end_id = w.new_id()
        scope.end_ns = time.monotonic_ns()
        w.rows["scopes"].extend(scope.row(w.process_id))

    def tasks_alive_at_end(self, scope):
        # self.tasks holds the pending tasks we follow in the order they were made, and ids grow with time:
        # only its newest entries can have been made inside the scope, most often none.
        last = scope.ready_id or float("inf")  # a fixture: only what its own code made
        made_since = {}
        try:
            for key, tid in reversed(self.tasks.items()):
                if tid < scope.id:
                    break
                if tid < last:
                    made_since[key] = tid
        except RuntimeError:  # another thread made or ended a task meanwhile
            made_since = {key: tid for key, tid in list(self.tasks.items()) if scope.id < tid < last}
        if not made_since:
            return
        if scope.kind == RUNNER:  # its own loop's tasks only
            loops = [] if scope.loop is None or scope.loop() is None else [scope.loop()]
        else:
            loops = list(self.live_loops)
        for loop in loops:
            if loop.is_closed():
                continue
            alive = []
            for task in _all_tasks(self.asyncio, loop):
                tid = made_since.get(id(task))
                if tid is None or task.done():
                    continue
                alive.append(task)
                self.emit(TASK_ALIVE_AT_SCOPE_END, loop_id=self.loop_id(loop), task_id=tid,
                          site_id=self.await_site(task), ref_id=scope.id, arg=int(self.cancel_pending(task, tid)))
            self.take_snapshot(loop, SCOPE_END, scope_id=scope.id, tasks=alive)

    def scopes_at_exit(self):
        """Scopes still open when the process ends (a session that never finished, a Runner never closed)."""
        for scope in reversed(list(self.open_scopes)):
            self.scope_ended(scope)

    # -- coroutines made during a test ---------------------------------------------------------------------

    def note_young_coroutines(self):
        """Called as a test ends, and as asyncio.run() returns inside one: a coroutine not started and still
        among the youngest objects was made since the last collection, which in a test's short life is most
        often during that test (objects only ever age). The collector may notice it never ran only during a
        later test; never_awaited then names this one. Only the youngest generation: listing the next one
        cost a suite of short tests (test_asyncio) a large share of its recording."""
        test = self.current_test
        coroutine_type = types.CoroutineType
        known = self.coroutine_tests
        for obj in gc.get_objects(0):
            if type(obj) is coroutine_type:
                key = (id(obj), obj.__qualname__, obj.cr_origin)
                if key not in known and _not_started(obj):
                    known[key] = test
                    weakref.ref(obj, self._forget_coroutine(key))

    def _forget_coroutine(self, key):
        known, dead = self.coroutine_tests, self.recently_dead

        def forget(_):
            test = known.pop(key, None)
            if len(dead) >= _RECENTLY_DEAD_KEPT:
                dead.clear()
            dead[key] = test
        return forget

    def test_that_made(self, key):
        """(known, the test during which the coroutine `key` was made), for one that just died or is alive."""
        for table in (self.recently_dead, self.coroutine_tests):
            if key in table:
                return True, table.pop(key)
        return False, None

    # -- unittest --------------------------------------------------------------------------------------------

    def _wrap_unittest_run(self, case_module):
        """Every TestCase.run outside a pytest test (pytest's own unittest support runs them as its items) is a
        test of the trace, with unittest's id and outcome. A subclass's run (IsolatedAsyncioTestCase's, which
        closes its Runner after) calls this one through super()."""
        original = case_module.TestCase.run
        recorder = self
        started, finished = self.guarded(self.unittest_started), self.guarded(self.unittest_finished)

        def run(self, result=None):
            if not recorder.enabled or recorder.in_pytest_test():
                return original(self, result)
            counts = _result_counts(result)
            scope = started(self)
            returned = original(self, result)
            finished(scope, result if result is not None else returned, counts)
            return returned

        run.__doc__, run.__wrapped__ = original.__doc__, original
        case_module.TestCase.run = run

    def in_pytest_test(self):
        return TEST in [scope.kind for scope in self.open_scopes if scope.detail == "pytest"]

    def unittest_started(self, case):
        return self.test_started(case.id(), runner="unittest")

    def unittest_finished(self, scope, result, counts_before):
        if scope is None:
            return
        grown = [after - before for after, before in zip(_result_counts(result), counts_before)]
        failures, errors, skipped, unexpected_successes = grown
        outcome = "failed" if failures or errors or unexpected_successes else "skipped" if skipped else "passed"
        self.test_finished(scope, outcome)

    # -- asyncio.run and asyncio.Runner ----------------------------------------------------------------------

    def _hook_runners(self):
        """A Runner is a scope from its creation to its close, before it cancels what is left (3.11+; before,
        asyncio.run alone, from its start to that moment). asyncio.run names its scope after its main."""
        import asyncio
        from asyncio import runners

        hooks = self._runner_hooks()
        run = runners.run
        if PY311:  # asyncio.run() makes a Runner: runner_made tells it by its caller
            self._patch_runner_class(runners.Runner, hooks)
        else:
            patch_method(runners, "run", hooks, [
                ("loop = events.new_event_loop()",
                 "loop = events.new_event_loop(); _asynctrace_scope = _asynctrace_runner_made(None, loop, main)"),
                ("_cancel_all_tasks(loop)", "_asynctrace_runner_closing(_asynctrace_scope); _cancel_all_tasks(loop)"),
            ])
        if asyncio.run is run:
            asyncio.run = runners.run

    def _hook_runner_copies(self, module):
        """Before 3.11, anyio and pytest-asyncio (backports.asyncio.runner) run tests in copies of 3.11's
        asyncio.Runner: the same edits make them scopes too."""
        self._patch_runner_class(module.Runner, self._runner_hooks())

    def _runner_hooks(self):
        """The names the recompiled runners call, in the namespace of the module they are compiled in."""
        return {"_asynctrace_runner_made": self.guarded(self.runner_made),
                "_asynctrace_runner_closing": self.guarded(self.runner_closing),
                "_asynctrace_runner_main": self.guarded(self.runner_main)}

    @staticmethod
    def _patch_runner_class(runner_class, hooks):
        patch_method(runner_class, "__init__", hooks, [
            ("self._state = _State.CREATED", "self._state = _State.CREATED; _asynctrace_runner_made(self)"),
        ])
        patch_method(runner_class, "close", hooks, [
            ('"""Shutdown and close event loop."""',
             '"""Shutdown and close event loop."""; _asynctrace_runner_closing(self)'),
        ])
        patch_method(runner_class, "_lazy_init", hooks, [
            ("self._state = _State.INITIALIZED",
             "self._state = _State.INITIALIZED; _asynctrace_runner_main(self, None)"),
        ])
        patch_method(runner_class, "run", hooks, [
            ("self._lazy_init()", "self._lazy_init(); _asynctrace_runner_main(self, coro)"),
        ])

    def runner_made(self, runner, loop=None, main=None):
        by_run = runner is None or _made_by_asyncio_run(sys._getframe(3))  # past guarded and Runner.__init__
        scope = self.scope_started(RUNNER, "", "asyncio.run" if by_run else "asyncio.Runner",
                                   site_id=self.sites.from_stack())
        if runner is None:
            self.runner_main_known(scope, loop, main)
        else:
            runner.__dict__["_asynctrace_scope"] = scope
        return scope

    def runner_main(self, runner, main):
        scope = runner.__dict__.get("_asynctrace_scope")
        if scope is not None:
            self.runner_main_known(scope, runner._loop, main)

    def runner_main_known(self, scope, loop, main):
        if scope.loop is None and loop is not None:
            self.live_loops.add(loop)
            scope.loop, scope.loop_id = weakref.ref(loop), self.loop_id(loop)
        if not scope.name and main is not None:
            scope.name = getattr(main, "__qualname__", None) or type(main).__name__

    def runner_closing(self, runner_or_scope):
        scope = runner_or_scope if isinstance(runner_or_scope, Scope) else \
            runner_or_scope.__dict__.pop("_asynctrace_scope", None)
        if scope is not None:
            if self.current_test is not None:  # the coroutines main() made are its test's (outside tests: nobody's)
                self.note_young_coroutines()
            self.scope_ended(scope)


def _made_by_asyncio_run(frame):
    code = frame.f_code if frame is not None else None
    return code is not None and code.co_name == "run" and code.co_filename.endswith(os.path.join("asyncio", "runners.py"))


def _result_counts(result):
    """How many failures, errors, skips and unexpected successes a unittest result holds (0 where it lacks them)."""
    return tuple(len(getattr(result, name, None) or ()) for name in
                 ("failures", "errors", "skipped", "unexpectedSuccesses"))
