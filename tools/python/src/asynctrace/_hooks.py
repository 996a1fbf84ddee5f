"""Every point where the recorder hooks the interpreter, declared once: how, on which CPython versions, and
which of the analyzer's rules go blind without it.

Each process writes one row per declared hook into the trace's hooks table as soon as it knows the
outcome (installed, failed with the reason, or not applicable to this version). The analyzer reads the
rules from those rows, so it never needs to know how the recorder works: a failed hook makes each rule
it names warn "cannot see this trace" and `analyze` exit 3.
"""

import sys
from typing import NamedTuple

INSTALLED, FAILED, NOT_APPLICABLE = "installed", "failed", "not_applicable"

_TASK_RULES = ("pending-at-close", "task-destroyed-pending", "cancelled-unfinished", "exception-never-retrieved")


class Hook(NamedTuple):
    name: str
    mechanism: str
    first: tuple  # the first CPython version it is meant for
    last: tuple  # the last one, or None
    rules: tuple  # rule ids that cannot see their mistake without it

    def applies(self, version=sys.version_info[:2]):
        return self.first <= version and (self.last is None or version <= self.last)

    @property
    def versions(self):
        first = ".".join(map(str, self.first))
        return f"{first}+" if self.last is None else f"{first}-{'.'.join(map(str, self.last))}"


HOOKS = {hook.name: hook for hook in [
    Hook("BaseEventLoop.create_task", "recompiled from asyncio's source: our Task class, registration, thread check",
         (3, 9), None, _TASK_RULES + ("cross-thread-call",)),
    Hook("BaseEventLoop.call_soon", "recompiled from asyncio's source: thread check, task ends seen inline",
         (3, 9), None, ("cross-thread-call", "cancelled-unfinished")),
    Hook("BaseEventLoop.close", "recompiled from asyncio's source: pending tasks listed before the loop closes",
         (3, 9), None, ("pending-at-close", "cancelled-unfinished")),
    Hook("BaseEventLoop.create_future", "recompiled from asyncio's source: our Future class (its get_loop probe)",
         (3, 9), (3, 11), ("cross-loop-await",)),
    Hook("_LoopBoundMixin._get_loop", "recompiled from asyncio's source: a primitive used on a second loop",
         (3, 10), None, ("cross-loop-await",)),
    Hook("BaseEventLoop.call_exception_handler", "wrapper: tasks destroyed pending, exceptions never retrieved",
         (3, 9), None, ("task-destroyed-pending", "exception-never-retrieved")),
    Hook("events._set_running_loop", "wrapper: loops that start and stop running; uvloop's task factory",
         (3, 9), None, ()),
    Hook("sys.monitoring PY_THROW", "sys.monitoring tool 3 or 4: the 'attached to a different loop' error thrown",
         (3, 12), None, ("cross-loop-await",)),
    Hook("warnings._warn_unawaited_coroutine", "wrapper: coroutines collected without ever being awaited",
         (3, 9), None, ("leaked-coroutine",)),
    Hook("coroutine origin tracking", "sys.set_coroutine_origin_tracking_depth: where a coroutine was created",
         (3, 9), None, ("leaked-coroutine",)),
    Hook("process exit", "atexit: tasks and coroutines left at exit; the trace is closed",
         (3, 9), None, ("pending-at-close", "leaked-coroutine")),
    Hook("fork", "os.register_at_fork and multiprocessing's after-fork hooks: a child records on its own",
         (3, 9), None, ()),
]}
