"""Every point where the recorder hooks the interpreter, declared once: how, on which CPython versions, and
which of the analyzer's rules go blind without it.

Each process writes one row per declared hook into the trace's hooks table as soon as it knows the
outcome (installed, failed with the reason, or not applicable to this version). The analyzer reads the
rules from those rows, so it never needs to know how the recorder works: a failed hook makes each rule
it names warn "cannot see this trace" and `analyze` exit 3.
"""

import sys
import threading
import types
from collections import namedtuple

from ._signals import belongs_to_program
from ._writer import _warn_once

PY311, PY312, PY314 = (sys.version_info >= version for version in ((3, 11), (3, 12), (3, 14)))

INSTALLED, FAILED, NOT_APPLICABLE = "installed", "failed", "not_applicable"

_TASK_RULES = ("pending-at-close", "task-destroyed-pending", "cancelled-unfinished", "exception-never-retrieved")


# first: the first CPython version it is meant for; last: the last one, or None; rules: the rule ids that cannot
# see their mistake without it. (Not typing.NamedTuple: typing is a 2-5 ms import, which a process that never
# uses asyncio need not pay.)
class Hook(namedtuple("Hook", "name mechanism first last rules")):
    __slots__ = ()

    def applies(self, version=sys.version_info[:2]):
        return self.first <= version and (self.last is None or version <= self.last)

    @property
    def versions(self):
        first = ".".join(map(str, self.first))
        return f"{first}+" if self.last is None else f"{first}-{'.'.join(map(str, self.last))}"


HOOKS = {hook.name: hook for hook in [
    Hook("C accelerator", "asynctrace._speedups, optional: create_task's and task ends' hooks in C (the same "
         "hooks in Python without it)", (3, 9), None, ()),
    Hook("BaseEventLoop.create_task", "recompiled from asyncio's source: our Task class, registration, thread check",
         (3, 9), None, _TASK_RULES + ("cross-thread-call",)),
    Hook("BaseEventLoop.call_soon", "recompiled from asyncio's source: thread check, task ends seen inline",
         (3, 9), None, ("cross-thread-call", "cancelled-unfinished")),
    Hook("BaseEventLoop.close", "recompiled from asyncio's source: pending tasks listed before the loop closes",
         (3, 9), None, ("pending-at-close", "cancelled-unfinished")),
    Hook("BaseEventLoop.create_future", "recompiled from asyncio's source: where each future was asked for"
         + ("" if PY312 else ", and our Future class (its get_loop probe)"),
         (3, 9), None, () if PY312 else ("cross-loop-await",)),
    Hook("_LoopBoundMixin._get_loop", "recompiled from asyncio's source when first used: a primitive used on a "
         "second loop", (3, 10), None, ("cross-loop-await",)),
    Hook("gather's _done_callback", "found in gather()'s code: seen scheduled as a child ends, it discards the "
         "exception of a child that failed after another", (3, 9), None, ("exception-never-retrieved",)),
    Hook("BaseEventLoop._check_closed", "recompiled from asyncio's source: a call on a closed loop, as it raises",
         (3, 9), None, ("closed-loop-call",)),
    Hook("BaseTransport.__init__", "recompiled from asyncio's source when first used: where each transport was made",
         (3, 9), None, ("transport-left-open",)),
    Hook("Server.__init__", "recompiled from asyncio's source when first used: where each server was made",
         (3, 9), None, ("transport-left-open",)),
    Hook("BaseEventLoop asyncgen hooks", "recompiled from asyncio's source: the loop's own firstiter and finalizer "
         "hooks and shutdown_asyncgens, chained", (3, 9), None, ("asyncgen-not-closed",)),
    Hook("BaseEventLoop._run_once", "recompiled from asyncio's source: when each callback starts, and that the "
         "loop waits in select, which a watchdog thread (_thread) checks", (3, 9), None,
         ("blocking-callback", "deadlock", "stalled-await")),
    Hook("BaseEventLoop.call_exception_handler", "wrapper: tasks destroyed pending, exceptions never retrieved",
         (3, 9), None, ("task-destroyed-pending", "exception-never-retrieved")),
    Hook("events._set_running_loop", "wrapper: loops that start and stop running; uvloop's task factory",
         (3, 9), None, ()),
    Hook("sys.monitoring PY_THROW", "a free sys.monitoring tool id (4, 3, ...), given up to the program when it "
         "claims it: the 'attached to a different loop' error thrown", (3, 12), None, ("cross-loop-await",)),
    Hook("warnings._warn_unawaited_coroutine", "wrapper: coroutines collected without ever being awaited",
         (3, 9), None, ("leaked-coroutine",)),
    Hook("coroutine origin tracking", "sys.set_coroutine_origin_tracking_depth: where a coroutine was created",
         (3, 9), None, ("leaked-coroutine",)),
    Hook("unittest.TestCase.run", "wrapper: each test unittest runs outside pytest, as a test and a scope",
         (3, 9), None, ("task-left-running",)),
    Hook("asyncio runners", "recompiled from asyncio's source: asyncio.run() (3.11+: each asyncio.Runner, until it "
         "closes) as a scope, ended before it cancels what is left", (3, 9), None, ("task-left-running",)),
    Hook("Runner copies", "recompiled from their source when imported: anyio's and backports.asyncio.runner's "
         "copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11", (3, 9), (3, 10),
         ("task-left-running",)),
    Hook("process exit", "atexit: tasks and coroutines left at exit; the trace is closed",
         (3, 9), None, ("pending-at-close", "leaked-coroutine")),
    Hook("fork", "os.register_at_fork (SQLite's mutexes held across it) and multiprocessing's after-fork hooks: "
         "a child records on its own",
         (3, 9), None, ()),
    Hook("os.exec", "wrappers of os.execv and os.execve: what is left is reported and the end written first "
         "(taken back if the exec fails)",
         (3, 9), None, ("pending-at-close", "leaked-coroutine")),
    Hook("os.close", "wrappers of os.close, os.closerange and os.dup2: the trace's connection is closed before "
         "the program closes one of its descriptors, and reopened for the next write", (3, 9), None, ()),
    Hook("asyncio.Lock owners", "recompiled from asyncio's source when first used: Lock.acquire and release "
         "note the task holding each lock", (3, 9), None, ("deadlock",)),
    Hook("asyncio primitives made", "recompiled from asyncio's source when first used: the __init__ of Event, "
         "Lock, Semaphore, Condition, Barrier and Queue notes where each was made", (3, 9), None, ()),
    Hook("BaseEventLoop.call_soon_threadsafe", "recompiled from asyncio's source when first used: the other "
         "threads that may wake a loop", (3, 9), None, ("deadlock",)),
    Hook("signal relays", "signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in "
         "Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to "
         "their default action, they are left alone)", (3, 9), None, ("stalled-await",)),
    Hook("os._exit", "wrapper: a snapshot of the waiting tasks before the process ends without exit handlers "
         "(pytest-timeout's thread method)", (3, 9), None, ("stalled-await",)),
    Hook("subprocess.Popen", "recompiled from subprocess's source when first used: the Python children it "
         "starts, named in a gap at exit if they did not join the trace", (3, 9), None, ()),
]}


def patch_method(cls, name, hooks, replacements, failed_later=None):
    """Recompile cls.name from asyncio's own source with each `old` text replaced by `new` on the same
    line. Every `old` must occur exactly once; if the source is not as expected the method stays as it is
    and HookNotInstalled says why. With failed_later (a class's method most programs never call: a Lock's,
    a transport's), the edited source is checked now and compiled when the method is first looked up, for
    compiling is most of a traced process's start-up; a compile that fails then puts the method back and
    tells failed_later(error)."""
    original = cls.__dict__[name]
    lines, first = _source_lines(original)
    if not lines:
        raise HookNotInstalled(f"no source for {cls.__name__}.{name}")
    source, indent = _dedented(cls, name, lines)
    for old, new in replacements:
        if source.count(old) != 1:
            raise HookNotInstalled(f"{cls.__name__}.{name} is not the source this asynctrace knows: "
                                   f"{old!r} occurs {source.count(old)} times, not once")
        source = source.replace(old, new)
    # Compiled at its own line and column: 3.11+ tracebacks underline the part of the line that failed,
    # measured from the start of the line in the file.
    if indent:
        # A method that calls super() needs the __class__ cell, which only a class body makes.
        header = "class _:\n" if "__class__" in original.__code__.co_freevars else "if True:\n"
        source = header + "".join(indent + line if line.strip() else line for line in source.splitlines(True))
    module = sys.modules[original.__module__]

    def install():
        module.__dict__.update(hooks)  # the recompiled method runs in asyncio's own module namespace
        try:
            code = compile("\n" * (first - 1 - bool(indent)) + source, original.__code__.co_filename, "exec")
        except SyntaxError as e:
            raise HookNotInstalled(f"{cls.__name__}.{name} did not compile once edited: {e}") from None
        patched = types.FunctionType(_code_named(code, name), module.__dict__, name, original.__defaults__,
                                     original.__closure__)
        patched.__kwdefaults__ = original.__kwdefaults__
        patched.__doc__ = original.__doc__
        patched.__qualname__ = original.__qualname__
        setattr(cls, name, patched)

    if failed_later is None:
        install()
    else:
        setattr(cls, name, _CompiledOnFirstUse(cls, name, original, install, failed_later))


class _CompiledOnFirstUse:
    """Stands for a recompiled method until it is first looked up: then install() puts the recompiled method
    in its place, and that is what the lookup returns. No frame of ours ever runs under the program's call,
    so its tracebacks stay as untraced."""

    # Reentrant: a signal handler that runs during a compile may make a Lock too.
    lock = threading.RLock()

    def __init__(self, owner, name, original, install, failed):
        self.owner, self.name, self.original, self.install, self.failed = owner, name, original, install, failed

    def __get__(self, instance, owner=None):
        with self.lock:
            if self.owner.__dict__.get(self.name) is self:
                try:
                    self.install()
                except Exception as e:
                    if belongs_to_program(e):
                        raise  # this stand-in stays: the next lookup compiles
                    setattr(self.owner, self.name, self.original)
                    self.failed(e)
        return self.owner.__dict__[self.name].__get__(instance, owner)


def _source_lines(function):
    """(the lines of the function's source, its first line number), found by its code: inspect's search by
    object would go to the function a functools.wraps decorator names, and its search by code object looks
    through every module first."""
    import linecache

    code = getattr(function, "__code__", None)
    if code is None:
        return [], 0
    lines = linecache.getlines(code.co_filename)
    if len(lines) < code.co_firstlineno:
        return [], 0
    return _block(lines[code.co_firstlineno - 1:], _last_line(code) - code.co_firstlineno), code.co_firstlineno


def _dedented(cls, name, lines):
    """(the source of lines without the indentation of their first, that indentation): textwrap's dedent
    and indent, which compile regular expressions in every traced process, are not needed for a block whose
    every line starts so (a string reaching further left is not one this asynctrace knows)."""
    indent = lines[0][:len(lines[0]) - len(lines[0].lstrip())]
    if not all([line.startswith(indent) or not line.strip() for line in lines]):
        raise HookNotInstalled(f"{cls.__name__}.{name} has a line indented less than its def")
    return "".join(line[len(indent):] if line.strip() else "\n" for line in lines), indent


def _block(lines, last):
    """The function that starts lines (its decorators, its def) and whose code ends on line `last` of them:
    up to the next line indented no deeper than its def. inspect.getblock would tokenize each method anew,
    most of a traced process's start-up; a source this cannot cut (a string that reaches the left margin)
    fails to compile, and patch_method says so."""
    margin = len(lines[0]) - len(lines[0].lstrip())
    end = last + 1
    while end < len(lines):
        if lines[end].strip() and len(lines[end]) - len(lines[end].lstrip()) <= margin:
            break
        end += 1
    while end > last + 1 and not lines[end - 1].strip():
        end -= 1
    return lines[:end]


def _last_line(code):
    """The last line that holds any code of `code` or of a function, class or comprehension inside it."""
    if sys.version_info >= (3, 10):
        last = max([line for _, _, line in code.co_lines() if line is not None] or [code.co_firstlineno])
    else:
        import dis

        last = max([line for _, line in dis.findlinestarts(code)] or [code.co_firstlineno])
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            last = max(last, _last_line(const))
    return last


def _code_named(code, name):
    """The code object of the function `name` compiled in `code`, or in a class body in it."""
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            if const.co_name == name:
                return const
            found = _code_named(const, name)
            if found is not None:
                return found
    return None


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
                if belongs_to_program(e):
                    raise
                _warn_once(f"asynctrace: not recording {fullname}: {type(e).__name__}: {e}")

        try:
            loader.exec_module = exec_then_call
        except AttributeError:
            return spec
        return spec


def patch_last_line(cls, name, hooks, statement, failed_later=None):
    """Recompile cls.name with `statement;` put before the last statement of its body, on that line (before the
    first one if the last is compound): a hook for methods whose source differs from version to version (an
    __init__, say). Line numbers stay those of the source."""
    import ast

    lines, _ = _source_lines(cls.__dict__[name])
    if not lines:
        raise HookNotInstalled(f"no source for {cls.__name__}.{name}")
    source, _ = _dedented(cls, name, lines)
    lines = source.splitlines(keepends=True)
    body = ast.parse(source).body[0].body
    simple = [node for node in (body[-1], body[0]) if not hasattr(node, "body") and not (
        isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant))]  # never before the docstring
    if not simple:
        raise HookNotInstalled(f"{cls.__name__}.{name}: neither its first nor its last statement is a simple one")
    node = simple[0]
    line = lines[node.lineno - 1]
    if node.lineno == 1 or node.col_offset != len(line) - len(line.lstrip()):
        raise HookNotInstalled(f"{cls.__name__}.{name}: its statement does not start a line")
    head = "".join(lines[:node.lineno - 1])
    patch_method(cls, name, hooks, [(head + line, head + line[:node.col_offset] + statement + "; "
                                     + line[node.col_offset:])], failed_later)
