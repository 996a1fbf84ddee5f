"""What the program's signal handlers raise reaches the program, traced as untraced, and the recorder stays out
of the program's sight: its coroutine origins, its sys.monitoring tools, its own Task classes."""
import os
import re
import sys

import pytest

from conftest import same_run

# A SIGALRM every half millisecond over a loop that makes, renames and cancels tasks: the handler raises
# only where, untraced, the exception goes straight to main() (main's own lines, asyncio's create_task and
# call_soon it calls, and whatever recorder hook runs inside them), and the program counts every exception
# raised that it never saw, directly or as the context of another.
TICKS = """
import asyncio, signal, sys, time, traceback

class Tick(TICK_BASE):
    pass

raised, seen, made = [], set(), []
PASSED_ON = ("create_task", "call_soon")

def on_alarm(signum, frame):
    if sys.exc_info()[0] is not None:
        return  # one at a time: an except clause that catches a tick is no place for the next
    while frame is not None and ("asynctrace" in frame.f_code.co_filename or frame.f_code.co_name in PASSED_ON):
        if frame.f_code.co_name == "_warn_unawaited_coroutine":
            return  # a coroutine's finalizer, which untraced runs CPython's Python code there
        frame = frame.f_back
    if frame is not None and frame.f_code.co_name == "main" and frame.f_lineno in MAIN_BODY:
        raised.append(Tick(len(raised)))
        raise raised[-1]

def saw(error):
    while error is not None:
        seen.add(id(error))
        error = error.__context__

async def job():
    await asyncio.sleep(0)

async def main(deadline):
    loop = asyncio.get_running_loop()
    while time.monotonic() < deadline:
        try:
            tasks = []  # body starts
            for n in range(20):
                tasks.append(loop.create_task(job()))
                made.append(1)
            for task in tasks[::2]:
                task.set_name("renamed")
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)  # body ends
            tasks = None  # (leaving the try block is this line's, on some versions: outside the body)
        except Tick as e:
            saw(e)

lines = open(__file__).read().splitlines()
MAIN_BODY = range(next(i for i, line in enumerate(lines, 1) if "# body starts" in line),
                  next(i for i, line in enumerate(lines, 1) if "# body ends" in line) + 1)
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.0005, 0.0005)
asyncio.run(main(time.monotonic() + 0.5))
signal.setitimer(signal.ITIMER_REAL, 0)
print("raised", len(raised) > 0, "lost", sum(id(tick) not in seen for tick in raised))
print("made", len(made), file=sys.stderr)
for tick in raised:
    if id(tick) not in seen:
        print("".join(traceback.format_tb(tick.__traceback__)))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="setitimer")
@pytest.mark.parametrize("tick_base, level", [("Exception", "full"), ("BaseException", "full"),
                                              ("Exception", "lean")])
def test_what_a_signal_handler_raises_inside_a_hook_reaches_the_program_and_recording_goes_on(record, tick_base,
                                                                                               level):
    program = TICKS.replace("TICK_BASE", tick_base)
    untraced = record(program, traced=False)
    assert untraced.stdout == "raised True lost 0\n", untraced.stderr
    for _ in range(3):
        run = record(program, env=dict(os.environ, ASYNCTRACE_LEVEL=level))
        assert run.returncode == 0, run.stderr
        assert run.stdout == "raised True lost 0\n", run.stderr
        gaps = run.trace.rows("SELECT kind, source, message FROM gaps ORDER BY id")
        assert gaps, "a tick always lands inside some hook at this rate"
        # Not the recorder's own error: recording went on, and the trace says which hooks were cut short.
        assert {kind for kind, _, _ in gaps} == {"hook_interrupted"}
        assert all("the program's Tick" in message for _, _, message in gaps)
        # Every task create_task returned is in the trace, those made after a hook was cut short included.
        made = int(re.search(r"^made (\d+)$", run.stderr, re.M).group(1))
        # At the lean level, the jobs that returned are counted instead. (More than `made`: a tick can come
        # between create_task and the append.)
        jobs = run.trace.value("SELECT count(*) FROM tasks WHERE coro_qualname = 'job'")
        counted = run.trace.value("SELECT coalesce(sum(tasks), 0) FROM task_counts")
        assert jobs + counted >= made > 1000
        assert (counted > 0) == (level == "lean")


# What the ticks above catch only now and then, read from the source: a generator of ours left unfinished
# (next() or any() stopping early) is closed with a GeneratorExit our PY_THROW hook hears, and a signal
# handler's exception raised there is "Exception ignored" instead of reaching the program.
def test_the_recorder_never_leaves_a_generator_of_its_own_unfinished():
    import ast
    import pathlib

    import asynctrace

    stopping_early = []
    for path in sorted(pathlib.Path(asynctrace.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("next", "any", "all")
                    and any(isinstance(arg, ast.GeneratorExp) for arg in node.args)):
                stopping_early.append(f"{path.name}:{node.lineno} {node.func.id}()")
    assert stopping_early == [], "\n".join(stopping_early)


# A service whose SIGTERM handler calls sys.exit, signalled while it makes and ends tasks at full speed (half
# of them fail: the accelerator hands their ends to the Python hooks). It runs its loop round by round, not
# under asyncio.run(): an exception raised inside a call_soon() the C task step makes (untraced too: call_soon
# is Python code) leaves that task without its next step, and asyncio.run()'s shutdown then waits for it
# forever; raised out of run_until_complete(), it ends the process.
SERVICE = """
import asyncio, os, signal, sys, threading, time

signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(3))

async def job(n):
    await asyncio.sleep(0)
    if n % 2:
        raise ValueError(n)

async def round_of_tasks():
    await asyncio.gather(*(job(n) for n in range(50)), return_exceptions=True)

loop = asyncio.new_event_loop()
threading.Timer(float(sys.argv[1]), os.kill, (os.getpid(), signal.SIGTERM)).start()
deadline = time.monotonic() + 5
while time.monotonic() < deadline:
    loop.run_until_complete(round_of_tasks())
print("SIGTERM ignored")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM")
def test_a_sigterm_handler_that_calls_sys_exit_is_always_honoured(record):
    for delay in ("0.15", "0.2", "0.25", "0.3", "0.35", "0.4"):
        run = record(SERVICE, delay)
        if run.returncode == 0 and _exit_ignored_in_a_weakref_callback_of_asyncio(run.stderr):
            # CPython runs a signal handler wherever the main thread is; inside a weakref callback it reports
            # the handler's exception as ignored and goes on. On 3.9 every task's death calls WeakSet._remove
            # of asyncio's own task set, so the untraced service loses its SIGTERM so too. Seen once in CI.
            pytest.xfail("the SIGTERM handler's SystemExit landed in asyncio's WeakSet callback, which ignores it")
        assert (run.returncode, run.stdout) == (3, ""), run.stderr
        assert {kind for kind, in run.trace.rows("SELECT kind FROM gaps")} <= {"hook_interrupted"}


def _exit_ignored_in_a_weakref_callback_of_asyncio(stderr):
    """Whether CPython ignored the SIGTERM handler's SystemExit inside a WeakSet's removal callback."""
    _, found, traceback = stderr.partition("Exception ignored in: <function WeakSet.__init__.<locals>._remove")
    return bool(found) and "_weakrefset.py" in traceback and "SystemExit: 3" in traceback


def test_a_failed_task_of_the_programs_own_task_class_never_retrieved_is_reported(record):
    """CPython starts the message with the class name: "CountingTask exception was never retrieved"."""
    run = same_run(record, """
        import asyncio, gc

        class CountingTask(asyncio.Task):
            pass

        class OwnFuture(asyncio.Future):
            pass

        async def fails():
            raise ValueError("lost")

        async def main():
            loop = asyncio.get_running_loop()
            loop.set_task_factory(lambda loop, coro, **kwargs: CountingTask(coro, loop=loop, **kwargs))
            task = asyncio.create_task(fails())
            await asyncio.sleep(0)
            del task
            OwnFuture().set_exception(KeyError("dropped"))
            gc.collect()

        asyncio.run(main())
    """)
    assert "CountingTask exception was never retrieved" in run.stderr
    assert "OwnFuture exception was never retrieved" in run.stderr
    reported = run.trace.events("exception_never_retrieved")
    assert [(event["coro"], event["detail"]) for event in reported] == [
        ("fails", "ValueError: lost"), (None, "KeyError: 'dropped'")]
    assert reported[0]["task_id"] is not None and reported[1]["ref_id"] is not None


@pytest.mark.skipif(sys.version_info < (3, 12), reason="sys.monitoring is new in 3.12")
def test_the_programs_sys_monitoring_tool_ids_are_its_own(record):
    """The recorder's tool id moves out of the way when the program claims it; once the program holds every
    id, the trace says that cross-loop awaits go unseen from then on."""
    run = same_run(record, """
        import asyncio, sys

        mon = sys.monitoring
        mon.use_tool_id(4, "the program's profiler")
        mon.use_tool_id(3, "the program's tracer")
        print(mon.get_tool(4), mon.get_tool(3), sep=", ")

        async def waits(future):
            try:
                await future
            except RuntimeError:
                print("caught")

        elsewhere = asyncio.new_event_loop()
        asyncio.run(waits(elsewhere.create_future()))
        for tool in range(6):
            if mon.get_tool(tool) is None:
                mon.use_tool_id(tool, "the program's own")
        print(sorted(mon.get_tool(tool) for tool in range(6)))
    """)
    assert run.stdout.startswith("the program's profiler, the program's tracer\ncaught\n")
    assert "asynctrace" not in run.stdout
    assert len(run.trace.events("cross_loop_await")) == 1  # seen from the id the recorder moved to
    status, detail = run.trace.rows("SELECT status, detail FROM hooks WHERE name = 'sys.monitoring PY_THROW'")[0]
    assert status == "failed" and "the program took tool id" in detail


def test_origin_tracking_the_program_turns_off_stays_off_and_the_trace_says_what_that_costs(record):
    run = same_run(record, """
        import asyncio, sys

        async def work():
            pass

        sys.set_coroutine_origin_tracking_depth(0)
        coro = work()
        print(coro.cr_origin, sys.get_coroutine_origin_tracking_depth())
        coro.close()

        async def main():
            work()  # never awaited

        asyncio.run(main())
    """)
    assert run.stdout == "None 0\n"
    assert "coroutine 'work' was never awaited" in run.stderr
    (leaked,) = run.trace.events("coroutine_never_awaited")
    assert leaked["detail"] == "work" and leaked["site_id"] is None
    status, detail = run.trace.rows("SELECT status, detail FROM hooks WHERE name = 'coroutine origin tracking'")[0]
    assert status == "failed" and "depth 0" in detail and "program.py:7" in detail


def test_origin_tracking_asyncio_debug_mode_restores_keeps_the_recorders_sites(record):
    """asyncio's debug mode raises the depth while a loop runs and then restores the one it read (the
    program's, 0): that is no request of the program's, and creation sites stay."""
    run = same_run(record, """
        import asyncio

        async def work():
            pass

        async def main():
            pass

        async def leaks():
            work()  # never awaited

        asyncio.run(main(), debug=True)
        asyncio.run(leaks())
    """)
    assert run.trace.rows("SELECT status FROM hooks WHERE name = 'coroutine origin tracking'") == [("installed",)]
    (leaked,) = run.trace.events("coroutine_never_awaited")
    assert leaked["line"] == 11 and leaked["function"] == "leaks"


def test_origin_tracking_put_back_by_the_program_keeps_the_recorders_sites(record):
    """uvloop's debug mode (from C, so the caller is the program's frame) and anyio's test runner raise the
    depth and then put back the one they read: the interpreter's own 0. That restores the start, where the
    recorder's depth is the real one under the program's 0: creation sites stay."""
    run = same_run(record, """
        import asyncio, sys

        async def work():
            pass

        async def leaks():
            work()  # never awaited

        saved = sys.get_coroutine_origin_tracking_depth()
        sys.set_coroutine_origin_tracking_depth(10)
        sys.set_coroutine_origin_tracking_depth(saved)
        print(sys.get_coroutine_origin_tracking_depth())
        asyncio.run(leaks())
    """)
    assert run.stdout == "0\n"
    assert run.trace.rows("SELECT status FROM hooks WHERE name = 'coroutine origin tracking'") == [("installed",)]
    (leaked,) = run.trace.events("coroutine_never_awaited")
    assert leaked["line"] == 8 and leaked["function"] == "leaks"
