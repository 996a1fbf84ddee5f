"""The declared hooks (asynctrace/_hooks.py): each says in the trace whether it took, on every version it is
meant for, and one that does not take says why instead of leaving the recorder silently blind."""
import os
import shutil
import sys

from conftest import PURE_PYTHON, SRC, run_python

from asynctrace._hooks import HOOKS, patch_method

PROGRAM = """
import asyncio
import unittest  # these hooks install when their module is imported
import anyio._backends._asyncio
import sys
if sys.version_info < (3, 11):
    import backports.asyncio.runner

async def forever():
    await asyncio.sleep(3600)

loop = asyncio.new_event_loop()
loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0))
loop.close()
print("closed")
"""


def hooks_of(trace):
    """{hook name: (status, rules, detail)} of the program's process."""
    return {name: (status, rules, detail) for name, status, rules, detail in
            trace.rows("SELECT name, status, rules, detail FROM hooks")}


def test_every_declared_hook_installs_on_the_versions_it_is_meant_for(record):
    run = record(PROGRAM)
    assert run.returncode == 0 and run.stdout == "closed\n", run.stderr
    recorded = hooks_of(run.trace)
    assert set(recorded) == set(HOOKS)
    for name, hook in HOOKS.items():
        status, rules, detail = recorded[name]
        if name == "C accelerator":
            continue  # test_the_recorder_runs_on_the_path_asked_for
        assert status == ("installed" if hook.applies() else "not_applicable"), (name, detail)
        assert rules == " ".join(hook.rules)
    assert run.trace.value("SELECT count(*) FROM events WHERE kind = 13") == 1  # the close hook saw it


def test_the_recorder_runs_on_the_path_asked_for(record):
    """scripts/test runs these tests twice: with the C accelerator (built by scripts/build-speedups), and with
    ASYNCTRACE_PURE_PYTHON=1. Neither may fall back to the other without a word: the trace says which ran."""
    run = record("import asyncio\nasyncio.run(asyncio.sleep(0))\n")
    assert run.returncode == 0, run.stderr
    status, rules, detail = hooks_of(run.trace)["C accelerator"]
    if PURE_PYTHON:
        assert (status, detail) == ("not_applicable", f"ASYNCTRACE_PURE_PYTHON={PURE_PYTHON}: the pure-Python hooks")
    else:
        assert (status, detail) == ("installed", None), f"the C accelerator did not load: {detail}"
    assert rules == ""


def test_a_changed_asyncio_source_is_a_failed_hook_with_its_reason(tmp_path):
    """asyncio's base_events.py with one space more where the close hook edits it: the method is left as it
    was, the program runs unchanged, and the trace says which hook failed, why, and whom it blinds."""
    stdlib_asyncio = os.path.dirname(__import__("asyncio").__file__)
    shadow = tmp_path / "shadow"
    shutil.copytree(stdlib_asyncio, shadow / "asyncio", ignore=shutil.ignore_patterns("__pycache__"))
    base_events = shadow / "asyncio" / "base_events.py"
    source = base_events.read_text()
    assert source.count("self._closed = True") == 1
    base_events.write_text(source.replace("self._closed = True", "self._closed  = True"))
    (tmp_path / "app.py").write_text(PROGRAM)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(shadow), str(SRC)]))
    env.pop("ASYNCTRACE_DB", None)
    untraced = run_python(["app.py"], cwd=tmp_path, env=env)
    traced = run_python(["app.py"], cwd=tmp_path, trace_path=tmp_path / "trace.db", env=env)
    assert traced.returncode == untraced.returncode == 0
    assert traced.stdout == untraced.stdout == "closed\n"
    status, rules, detail = hooks_of(traced.trace)["BaseEventLoop.close"]
    assert status == "failed" and rules == "pending-at-close cancelled-unfinished"
    assert "'self._closed = True' occurs 0 times" in detail
    assert hooks_of(traced.trace)["BaseEventLoop.create_task"][0] == "installed"
    assert sys.modules["asyncio"].__file__.startswith(stdlib_asyncio)  # the tests themselves were untouched


def test_a_methods_source_is_cut_where_inspect_would_cut_it():
    """patch_method finds a method's source by its code's last line and indentation, not by tokenizing as
    inspect.getblock does (most of a traced process's start-up): on every function of the modules it edits,
    and of others that asyncio imports, both give the same lines."""
    import importlib
    import inspect
    import linecache
    import types

    from asynctrace._hooks import _source_lines

    modules = ["asyncio.base_events", "asyncio.tasks", "asyncio.futures", "asyncio.locks", "asyncio.queues",
               "asyncio.events", "asyncio.unix_events", "asyncio.selector_events", "asyncio.streams",
               "asyncio.runners", "asyncio.base_subprocess", "subprocess", "signal", "threading", "selectors"]
    modules += ["asyncio.taskgroups", "asyncio.timeouts"] if sys.version_info >= (3, 11) else []
    functions = []
    for module in map(importlib.import_module, modules):
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__:
                functions += [f for f in vars(value).values() if isinstance(f, types.FunctionType)]
            elif isinstance(value, types.FunctionType) and value.__module__ == module.__name__:
                functions.append(value)
    assert len(functions) > 500
    for function in functions:
        code = function.__code__
        expected = inspect.getblock(linecache.getlines(code.co_filename)[code.co_firstlineno - 1:])
        while not expected[-1].strip():
            expected.pop()
        assert _source_lines(function) == (expected, code.co_firstlineno), function.__qualname__


def test_a_method_compiled_on_first_use_takes_then_or_is_put_back_and_said():
    """A hook most programs never need is checked at start-up and compiled when its method is first looked
    up; the method then runs edited. An edit that does not compile leaves the method as it was, and says so."""

    class Sample:
        def answer(self):
            return 1

        def other(self):
            return 1

    original, failures = Sample.__dict__["other"], []
    patch_method(Sample, "answer", {}, [("return 1", "return 2")], failures.append)
    patch_method(Sample, "other", {}, [("return 1", "return (")], failures.append)
    assert not callable(Sample.__dict__["answer"])  # a stand-in until first used
    assert Sample().answer() == 2 and Sample().answer() == 2
    assert Sample.__dict__["answer"].__qualname__ == Sample.answer.__qualname__
    assert Sample().other() == 1 and Sample.__dict__["other"] is original
    (failure,) = failures
    assert "Sample.other did not compile once edited" in str(failure)
