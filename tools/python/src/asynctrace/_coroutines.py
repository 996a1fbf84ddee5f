"""Coroutines: where each was created (origin tracking) and those never awaited (CPython's warning)."""

import gc
import sys
import types
import warnings

from ._events import COROUTINE_NEVER_AWAITED, CURRENT_TEST
from ._hooks import FAILED, HOOKS
from ._sites import is_internal
from ._writer import DURABLE_WAIT_S

# cr_origin frames kept for every coroutine: the creating line is all a leaked coroutine needs, and each
# level costs a tuple per coroutine, which the garbage collector counts (a task's stack is walked once
# per distinct creating line instead).
ORIGIN_DEPTH = 1


class Coroutines:
    """The recorder's coroutine hooks (a part of Recorder)."""

    def _wrap_origin_tracking(self):
        """A depth the program sets is the real one, and the one it reads: what it asked for is what its
        coroutines' cr_origin holds, even 0 (the hooks table then says that coroutines made from then on have
        no creation site). Until it sets one, ours (ORIGIN_DEPTH) is the real depth under the program's 0,
        also when asyncio's debug mode, or anything else, puts back the depth the interpreter started with."""
        depth = start_depth = sys.get_coroutine_origin_tracking_depth()
        self.user_origin_depth = depth
        self.origin_depth_is_programs = False
        sys.set_coroutine_origin_tracking_depth(max(depth, ORIGIN_DEPTH))
        real_set = sys.set_coroutine_origin_tracking_depth
        recorder = self

        def set_coroutine_origin_tracking_depth(depth):
            real_set(depth)  # validates the argument exactly as before
            # Putting back the interpreter's own depth after another one is a restore (uvloop's debug mode,
            # from C, and anyio's test runner do it with the depth they read), not a request for none.
            restored = depth == start_depth and recorder.user_origin_depth != depth
            recorder.user_origin_depth = depth
            caller = sys._getframe(1)
            if restored:
                recorder.origin_depth_is_programs = False
            elif not is_internal(caller.f_code.co_filename):
                recorder.origin_depth_is_programs = True
            if not recorder.origin_depth_is_programs:
                real_set(max(depth, ORIGIN_DEPTH))
            elif depth < ORIGIN_DEPTH:
                recorder.origin_tracking_turned_off(caller)

        def get_coroutine_origin_tracking_depth():
            return recorder.user_origin_depth

        sys.set_coroutine_origin_tracking_depth = set_coroutine_origin_tracking_depth
        sys.get_coroutine_origin_tracking_depth = get_coroutine_origin_tracking_depth

    def origin_tracking_turned_off(self, caller):
        if self.origin_tracking_off is None:
            self.origin_tracking_off = f"{caller.f_code.co_filename}:{caller.f_lineno}"
            self.hook_row(HOOKS["coroutine origin tracking"], FAILED, f"the program set coroutine origin tracking to depth 0 at "
                                        f"{self.origin_tracking_off}: coroutines made from then on have no "
                                        f"creation site")
            self.writer.flush(wait_s=DURABLE_WAIT_S)

    def _wrap_unawaited_warning(self):
        warnings._warn_unawaited_coroutine = self._make_unawaited_hook(warnings._warn_unawaited_coroutine)

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

    def note_inherited_coroutines(self):
        """In a forked child: the coroutines not yet started are the parent's, which awaits them in its own
        copy; the child neither awaiting nor dropping its copy is no leak of the child's."""
        coroutine_type = types.CoroutineType
        self.inherited_coros.update(
            (id(obj), obj.__qualname__, obj.cr_origin) for obj in gc.get_objects()
            if type(obj) is coroutine_type and _not_started(obj))

    def never_awaited(self, coro, alive_at_exit=False):
        origin = getattr(coro, "cr_origin", None)
        fingerprint = (id(coro), coro.__qualname__, origin)
        if fingerprint in self.inherited_coros:
            return
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
        known, test = self.test_that_made(fingerprint)
        self.emit(COROUTINE_NEVER_AWAITED, ref_id=self.sites.definition(coro), site_id=site,
                  arg=int(alive_at_exit), detail=getattr(coro, "__qualname__", None),
                  test_id=test if known else CURRENT_TEST)


def _not_started(coro):
    """inspect.getcoroutinestate(coro) == CORO_CREATED, without importing inspect (tens of milliseconds, in
    every forked child)."""
    if coro.cr_running or coro.cr_frame is None:
        return False
    suspended = getattr(coro, "cr_suspended", None)  # 3.11+
    return not suspended if suspended is not None else coro.cr_frame.f_lasti == -1
