"""Hangs: the snapshots of waiting tasks. Each program of examples/hangs is recorded for real (those that never
end are stopped with SIGTERM, as CI stops a job) and its trace must say which task waited at the marked line, on
what, and which task holds what it waits for; the twins that must stay clean leave no stuck wait. The relays
that take a snapshot on a signal must leave the program's signals, handlers and tracebacks as they were."""
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import (ANALYZER, EXAMPLES, Trace, analyzer_runs, expected_line, needs_analyzer, normalized,
                      recording_environment)

HANGS = EXAMPLES / "hangs"
HANG_MS = "500"
CYCLE_PARTNER_LINE = {"lock_order.py": 18, "await_each_other.py": 19}
INTERNAL = ("task", "gather", "future", "event", "lock", "semaphore", "condition", "barrier", "queue_get",
            "queue_put", "queue_join")


def environment(trace=None, **extra):
    env = dict(os.environ, ASYNCTRACE_HANG_MS=HANG_MS, **extra)
    env.pop("ASYNCTRACE_DB", None)
    return recording_environment(str(trace), env) if trace is not None else env


def run_until_stopped(args, cwd, trace=None, after=2.0, signum=signal.SIGTERM, env=None):
    """Runs args (recorded into trace unless None), sends signum after `after` seconds if still running;
    returns (exit code, stdout, stderr)."""
    # SIGINT as by default: a shell starts background jobs with it ignored, which Python then keeps.
    proc = subprocess.Popen([sys.executable, *args], cwd=cwd, env=env or environment(trace),
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        out, err = proc.communicate(timeout=after)
    except subprocess.TimeoutExpired:
        proc.send_signal(signum)
        out, err = proc.communicate(timeout=30)
    return proc.returncode, out, err


def waits(trace, reasons=None):
    """Every wait of the trace with its snapshot's reason, its await line and what made the awaited object."""
    rows = Trace(trace).rows("""
        SELECT sn.reason, sn.detail, w.kind, w.on_tasks, w.task_id, t.name, s.file, s.line, o.line,
               sn.ts - w.since_ns, w.detail, sn.idle_since_ns IS NOT NULL, sn.timers, sn.io, sn.executor_jobs,
               sn.ready
        FROM waits w JOIN snapshots sn ON sn.id = w.snapshot_id JOIN tasks t ON t.id = w.task_id
        LEFT JOIN sites s ON s.id = w.site_id LEFT JOIN sites o ON o.id = w.on_site_id ORDER BY sn.id, w.task_id""")
    keys = ("reason", "signal", "kind", "on_tasks", "task", "name", "file", "line", "made_line", "waited_ns",
            "detail", "idle", "timers", "io", "executor_jobs", "ready")
    found = [dict(zip(keys, row)) for row in rows]
    return [w for w in found if reasons is None or w["reason"] in reasons]


def stuck_at_marker(found, path, rule):
    line = expected_line(path, rule)
    at_marker = [w for w in found if w["file"] == str(path) and w["line"] == line]
    assert at_marker, f"no wait at {path.name}:{line}: {found}"
    return at_marker


@pytest.mark.parametrize("name, kind, made_line", [
    ("event_never_set.py", "event", 11),
    ("lock_order.py", "lock", 24),
    ("await_each_other.py", "task", None),
])
def test_a_program_that_waits_forever_is_seen_stalled_and_stopped(tmp_path, name, kind, made_line):
    path = HANGS / name
    trace = tmp_path / "trace.db"
    code, _, _ = run_until_stopped([str(path)], tmp_path, trace)
    assert code == -signal.SIGTERM  # the default action of SIGTERM, as untraced
    found = waits(trace)
    # SIGTERM at its default action ends the process in the kernel: the watchdog's snapshots are the last.
    assert "no_progress" in {w["reason"] for w in found} and "signal" not in {w["reason"] for w in found}
    stalled = [w for w in found if w["reason"] == "no_progress"]
    # Every task waits on another or on a primitive, and nothing else can wake the loop.
    assert all(w["kind"] in INTERNAL and w["idle"] and w["timers"] == 0 and w["io"] == 0 for w in stalled), stalled
    marked = stuck_at_marker(stalled, path, "deadlock")
    assert {w["kind"] for w in marked} == {kind}
    assert marked[0]["made_line"] == made_line
    if kind in ("lock", "task"):  # a cycle: each task waits on the other (main waits on one of them)
        by_task = {w["task"]: w for w in stalled if w["kind"] == kind and w["file"] == str(path)
                   and w["line"] in (expected_line(path, "deadlock"), CYCLE_PARTNER_LINE[name])}
        assert len(by_task) == 2, stalled
        for task, wait in by_task.items():
            (other,) = map(int, wait["on_tasks"].split())
            assert int(by_task[other]["on_tasks"]) == task
    if analyzer_runs():
        assert [(f["rule"], f["line"]) for f in findings(trace)] == [("deadlock", expected_line(path, "deadlock"))]


def _loop_still_running(aborted_stderr):
    """Whether faulthandler's dump, on the abort, shows the main thread in its loop's select: the loop went on
    running after the timeout, rather than anything being stuck."""
    main = aborted_stderr.partition("Current thread")[2]
    return "in select" in main and "in _run_once" in main


@pytest.mark.parametrize("example, made_line", [("test_queue_no_producer.py", 27),
                                                 ("test_queue_no_producer_asyncio.py", 18)])
@pytest.mark.parametrize("method, reason", [("signal", "signal"), ("thread", "exit")])
def test_a_test_ended_by_pytest_timeout_says_where_it_waited(tmp_path, method, reason, example, made_line):
    """A heartbeat keeps the loop busy: the watchdog sees the one task stay on queue.get(); pytest-timeout's
    SIGALRM (signal method) or os._exit (thread method) then adds a last snapshot before the run ends, and the
    run's outcome and output are those of the untraced run. The test's coroutine runs in asyncio.run() or as
    pytest-asyncio's task."""
    path = HANGS / example
    args = ["-m", "pytest", "-q", "-p", "no:cacheprovider", f"--rootdir={HANGS}", str(path), "--timeout", "2",
            "--timeout-method", method]
    # Both runs end on their own in seconds; one still running after a minute is aborted, which pytest's
    # faulthandler answers with every thread's stack.
    untraced = run_until_stopped(args, tmp_path, after=60, signum=signal.SIGABRT, env=environment())
    trace = tmp_path / "trace.db"
    traced = run_until_stopped(args, tmp_path, trace, after=60, signum=signal.SIGABRT)
    if method == "signal" and traced[0] == -signal.SIGABRT and untraced[0] != -signal.SIGABRT and \
            _loop_still_running(traced[2]):
        # pytest-timeout raises its Failed from the SIGALRM handler wherever the main thread is. Inside a loop
        # callback, asyncio's Handle._run catches it as any exception and logs it, and the test never ends:
        # untraced too (a callback busy past the timeout hangs so), but the recorder's work inside callbacks
        # (hooks, a flush) makes that moment likelier. Seen about once a CI run; left open (see the issue).
        pytest.xfail("the SIGALRM landed inside a loop callback, which swallowed pytest-timeout's Failed")
    assert traced[0] == untraced[0] != 0, traced[2][-20_000:]
    assert _summary(traced[1]) == _summary(untraced[1])
    found = waits(trace)
    assert "await_stuck" in {w["reason"] for w in found}
    last = [w for w in found if w["reason"] == reason]
    marked = stuck_at_marker(last, path, "stalled-await")
    assert marked[0]["kind"] == "queue_get" and marked[0]["made_line"] == made_line
    assert marked[0]["signal"] == ("SIGALRM" if method == "signal" else "os._exit(1)")
    assert marked[0]["waited_ns"] >= int(HANG_MS) * 1_000_000
    # The heartbeat: no stall of the whole loop. The last snapshot may fall while its timer has fired and its
    # step waits in the ready queue, or while the step runs: then the loop holds no timer, but is not idle.
    assert marked[0]["timers"] or marked[0]["ready"] or not marked[0]["idle"], marked[0]
    if analyzer_runs():
        assert [(f["rule"], f["line"], f["test"]) for f in findings(trace)] == [
            ("stalled-await", expected_line(path, "stalled-await"), f"{example}::test_receives_a_message")]


def findings(trace, clean=False):
    """The analyzer's findings; clean: the trace must be complete and hold none."""
    analyzed = subprocess.run([str(ANALYZER), "analyze", str(trace), "--format", "json"], capture_output=True,
                              text=True)
    assert analyzed.returncode in ((0,) if clean else (1, 3)), analyzed.stderr
    return json.loads(analyzed.stdout)


def _summary(out):
    """pytest's outcome lines, without timings and addresses. An E line without its indentation: that is the
    indentation of the line the signal interrupted, which depends on when it came, untraced too (CI saw an
    untraced run's Failed under a 4-space line of the test's, where it is most often selectors.py's poll)."""
    lines = [normalized(line) for line in out.splitlines() if "Timeout" in line or " in " in line and "failed" in line]
    return [re.sub(r"^E\s+", "E ", line.split(" in ")[0]) for line in lines]


def test_a_program_stopped_with_sigterm_says_what_it_waited_on(tmp_path):
    """SIGTERM at its default action: the process dies in the kernel, as untraced; the watchdog had seen the task
    stay on its await, and that look is the last."""
    path = HANGS / "sigterm.py"
    trace = tmp_path / "trace.db"
    code, _, _ = run_until_stopped([str(path)], tmp_path, trace)
    assert code == -signal.SIGTERM
    marked = stuck_at_marker(waits(trace, ("await_stuck",)), path, "stalled-await")
    assert marked[0]["kind"] == "future"
    assert marked[0]["made_line"] == line_of(path, "reply = loop.create_future()")
    assert marked[0]["waited_ns"] >= int(HANG_MS) * 1_000_000
    if analyzer_runs():
        assert [(f["rule"], f["line"]) for f in findings(trace)] == [("stalled-await", expected_line(path, "stalled-await"))]


def line_of(path, text):
    return next(n for n, line in enumerate(Path(path).read_text().splitlines(), 1) if text in line)


def test_a_future_is_named_by_the_line_that_asked_for_it_while_it_lives(record):
    """create_future's caller names the future for as long as it lives, however many futures died before it
    (their entries are swept); a future made another way at the address of a dead one is not named by it."""
    run = record("""
        import asyncio, signal, sys


        def ask(loop):
            return loop.create_future()


        async def wait(future):
            await future


        async def main():
            loop = asyncio.get_running_loop()
            for _ in range(20_000):
                loop.create_future()
            for _ in range(100):  # a future made directly where one from create_future lay
                made = loop.create_future()
                gone = id(made)
                del made
                direct = asyncio.Future()
                if id(direct) == gone:
                    break
            print("address reused:", id(direct) == gone)
            asked = ask(loop)
            waiting = [asyncio.create_task(wait(direct)), asyncio.create_task(wait(asked))]
            await asyncio.sleep(0)
            signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
            signal.raise_signal(signal.SIGTERM)


        asyncio.run(main())
    """)
    assert run.returncode == 0, run.stderr
    assert "address reused: True" in run.stdout
    program = Path(run.trace.path).with_suffix(".py")
    made = sorted((w["made_line"] for w in waits(run.trace.path, ("signal",)) if w["kind"] == "future"),
                  key=lambda line: line or 0)
    assert made == [None, line_of(program, "return loop.create_future()")], made


@pytest.mark.parametrize("name", ["event_never_set_fixed.py", "lock_order_fixed.py", "await_each_other_fixed.py",
                                  "sigterm_fixed.py", "slow_executor_job.py", "long_sleep.py", "idle_server.py"])
def test_programs_that_end_by_themselves_leave_no_stalled_wait(tmp_path, name):
    """A long executor job and a long sleep leave the loop idle past the threshold, but something will wake it;
    an idle server waits on I/O. None of them has a wait nothing could end."""
    trace = tmp_path / "trace.db"
    code, out, err = run_until_stopped([str(HANGS / name)], tmp_path, trace, after=30)
    assert code == 0, err
    stalled = [w for w in waits(trace) if w["reason"] == "no_progress"
               and not (w["executor_jobs"] or w["timers"] or w["io"] or w["kind"] not in INTERNAL)]
    assert stalled == []
    kinds = {w["kind"] for w in waits(trace, ("no_progress",))}
    assert kinds <= {"executor"}, kinds  # the executor job's wait; a sleep takes no snapshot at all
    if analyzer_runs():
        assert findings(trace, clean=True) == []


@pytest.mark.parametrize("example", ["test_queue_no_producer_fixed.py", "test_queue_no_producer_asyncio_fixed.py"])
def test_a_test_of_the_fixed_queue_runs_as_untraced(tmp_path, example):
    args = ["-m", "pytest", "-q", "-p", "no:cacheprovider", str(HANGS / example), "--timeout", "10"]
    trace = tmp_path / "trace.db"
    code, out, _ = run_until_stopped(args, tmp_path, trace, after=60)
    assert code == 0, out
    assert waits(trace, ("signal", "exit", "no_progress")) == []
    if analyzer_runs():
        assert findings(trace, clean=True) == []


SIGNAL_PROGRAM = r"""
import asyncio, os, signal, sys, traceback

def on_term(signum, frame):
    print("handler", signum, frame.f_code.co_name, flush=True)
    raise SystemExit(7)

assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
previous = signal.signal(signal.SIGTERM, on_term)
print("previous", previous, signal.getsignal(signal.SIGTERM) is on_term, flush=True)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, os.kill, os.getpid(), signal.SIGINT)
    try:
        await asyncio.Event().wait()
    except KeyboardInterrupt:
        raise
    finally:
        pass

try:
    asyncio.run(main())
except KeyboardInterrupt:
    traceback.print_exc()
signal.signal(signal.SIGINT, signal.default_int_handler)
os.kill(os.getpid(), signal.SIGTERM)
while True:
    pass
"""


def test_signals_reach_the_program_as_untraced(tmp_path):
    """getsignal() and signal() answer with the program's handlers; its handler runs with the frame it
    interrupted; a KeyboardInterrupt's traceback names no frame of the recorder; SystemExit from a handler ends
    the run with its code."""
    script = tmp_path / "program.py"
    script.write_text(SIGNAL_PROGRAM)
    untraced = run_until_stopped([str(script)], tmp_path, after=30, env=environment())
    trace = tmp_path / "trace.db"
    traced = run_until_stopped([str(script)], tmp_path, trace, after=30)
    assert traced[0] == untraced[0] == 7
    assert traced[1] == untraced[1]
    assert normalized(traced[2]) == normalized(untraced[2])
    assert "asynctrace" not in traced[2]
    assert {w["signal"] for w in waits(trace, ("signal",))} == {"SIGINT"}  # SIGTERM came with no loop running


def test_every_hang_hook_installs(tmp_path):
    trace = tmp_path / "trace.db"
    run_until_stopped([str(HANGS / "lock_order_fixed.py")], tmp_path, trace, after=30)
    rows = dict(Trace(trace).rows("SELECT name, status FROM hooks WHERE name IN ('asyncio.Lock owners', "
                                  "'asyncio primitives made', 'BaseEventLoop.call_soon_threadsafe', 'signal relays', "
                                  "'os._exit')"))
    assert rows == dict.fromkeys(rows, "installed") and len(rows) == 5, rows


def test_a_scope_that_ends_with_a_task_waiting_says_on_what(tmp_path):
    """The tasks of a task-left-running story: what each waited on when its scope ended."""
    script = tmp_path / "program.py"
    script.write_text("import asyncio\n"
                      "async def main():\n"
                      "    global waiting  # else the collector may destroy it first (3.12)\n"
                      "    waiting = asyncio.create_task(asyncio.Event().wait())\n"
                      "    await asyncio.sleep(0)\n"
                      "asyncio.run(main())\n")
    trace = tmp_path / "trace.db"
    assert run_until_stopped([str(script)], tmp_path, trace, after=30)[0] == 0
    (wait,) = waits(trace, ("scope_end",))
    assert wait["kind"] == "event" and wait["made_line"] == 4


def test_a_task_made_on_another_line_than_its_coroutine_names_both(record):
    """tasks.site_id is where the coroutine was made; task_sites names the program line that made it a task,
    when that is another line (ensure_future, a helper's coroutine, gather)."""
    run = record("""
        import asyncio

        async def job(n):
            await asyncio.sleep(0.01)

        def make(n):
            return job(n)  # made: helper

        async def main():
            first = job(1)  # made: later
            await asyncio.sleep(0)
            asyncio.ensure_future(first)  # scheduled: later
            asyncio.ensure_future(job(2))  # made: inline
            asyncio.ensure_future(make(3))  # scheduled: helper
            coros = [job(n) for n in range(2)]  # made: gathered
            await asyncio.gather(*coros)  # scheduled: gathered
            await asyncio.sleep(0.05)

        asyncio.run(main())
    """)
    assert run.returncode == 0, run.stderr
    source = (Path(run.trace.path).parent / "prog0.py").read_text().splitlines()
    lines = {}
    for n, text in enumerate(source, 1):
        if "# made: " in text or "# scheduled: " in text:
            kind, name = text.split("# ")[1].split(": ")
            lines[kind, name] = n
    tasks = run.trace.rows("SELECT s.line, ss.line FROM tasks t JOIN sites s ON s.id = t.site_id"
                           " LEFT JOIN task_sites ts ON ts.site_id = t.site_id"
                           " LEFT JOIN sites ss ON ss.id = ts.scheduled_site_id WHERE t.coro_qualname = 'job'"
                           " ORDER BY t.id")
    assert tasks == [(lines["made", "later"], lines["scheduled", "later"]), (lines["made", "inline"], None),
                     (lines["made", "helper"], lines["scheduled", "helper"])] + \
        [(lines["made", "gathered"], lines["scheduled", "gathered"])] * 2


# Where a cancel was swallowed, as the interpreter would follow the CancelledError: (program, line of the
# except that kept it, line of the await it was thrown at). "# here" marks the except, "# thrown" the program's
# innermost await.
SWALLOWS = {
    "plain": """
        async def worker():
            try:
                await asyncio.sleep(10)  # thrown
            except asyncio.CancelledError:  # here
                pass
            return "done"
    """,
    "through a helper's finally and an async with, past a clause that does not match": """
        async def helper():
            try:
                await asyncio.sleep(10)  # thrown
            finally:
                pass

        async def worker():
            try:
                async with asyncio.Lock():
                    await helper()
            except ValueError:
                pass
            except (KeyError, asyncio.CancelledError):  # here
                pass
    """,
    "past an inner except that raises it again, in the caller": """
        async def inner():
            try:
                await asyncio.sleep(10)  # thrown
            except asyncio.CancelledError:
                raise
            except BaseException:  # a sibling clause never sees what the first one raised
                pass

        async def worker():
            try:
                await inner()
            except:  # here
                pass
    """,
    "an except that raises another exception instead": """
        async def worker():
            try:
                await asyncio.sleep(10)  # thrown
            except asyncio.CancelledError:  # here
                raise ValueError("cleanup failed")
    """,
}


@pytest.mark.parametrize("shape", SWALLOWS)
def test_a_swallowed_cancel_names_the_except_that_swallowed_it(record, shape):
    """On 3.11+ the except clause that kept the CancelledError, read from the code's exception table, with the
    await it was thrown at next in the site's stack; before, only that await."""
    program = "import asyncio\n" + textwrap.dedent(SWALLOWS[shape]) + textwrap.dedent("""
        async def main():
            task = asyncio.create_task(worker())
            await asyncio.sleep(0)
            task.cancel()
            try:
                await task
            except ValueError:
                pass

        asyncio.run(main())
    """)
    lines = program.splitlines()
    here, thrown = (next(n for n, line in enumerate(lines, 1) if mark in line) for mark in ("# here", "# thrown"))
    run = record(program)
    assert run.returncode == 0, run.stderr
    (event,) = run.trace.events("task_cancel_swallowed")
    stack = run.trace.value("SELECT stack FROM sites WHERE id = ?", event["site_id"])
    if sys.version_info >= (3, 11):
        assert (event["arg"], event["line"]) == (1, here), stack
        assert [int(frame.split(":")[1]) for frame in stack.splitlines()] == [here, thrown]
    else:
        assert (event["arg"], event["line"]) == (None, thrown), stack


def test_a_primitive_of_another_loop_is_named_by_where_it_was_made(record):
    run = record("""
        import asyncio

        async def make():
            event = asyncio.Event()
            await asyncio.wait([asyncio.ensure_future(event.wait())], timeout=0.01)  # binds it to this loop
            return event

        event = asyncio.run(make())

        async def use():
            try:
                await event.wait()
            except RuntimeError as e:
                print(e)

        asyncio.run(use())
    """)
    events = run.trace.events("cross_loop_await")
    if sys.version_info < (3, 10):
        pytest.skip("3.9's primitives bind their loop when made: the future they make is what is seen")
    assert events and run.trace.value("SELECT line FROM sites WHERE id = ?", events[0]["arg"]) == 5


@needs_analyzer
def test_two_loops_made_on_one_line_are_told_apart_by_their_callers(record):
    """A cross-loop-await between two loops that one helper's asyncio.run() made: the story names each loop's
    caller, and the line that made the Event of the other loop."""
    if sys.version_info < (3, 10):
        pytest.skip("3.9's primitives bind their loop when made: the future they make is what is seen")
    run = record("""
        import asyncio


        def run(coro):
            return asyncio.run(coro)


        async def make():
            event = asyncio.Event()
            await asyncio.wait([asyncio.ensure_future(event.wait())], timeout=0.01)
            return event


        event = run(make())


        async def use():
            try:
                await event.wait()
            except RuntimeError:
                pass


        run(use())
    """)
    analyzed = subprocess.run([str(ANALYZER), "analyze", str(run.trace.path), "--format", "json", "--rule",
                               "cross-loop-await"], capture_output=True, text=True)
    (finding,) = json.loads(analyzed.stdout)
    name = str(Path(run.trace.path).with_suffix(".py"))
    assert f"(created at {name}:6 by way of {name}:25)" in finding["message"]
    assert f"the Event created at {name}:10, which is bound to another (created at {name}:6 by way of {name}:15)" \
        in finding["message"]


def test_a_server_stopped_with_sigterm_is_no_stall(tmp_path):
    trace = tmp_path / "trace.db"
    code, _, _ = run_until_stopped([str(HANGS / "server_until_sigterm.py")], tmp_path, trace)
    assert code == -signal.SIGTERM
    (event_wait,) = waits(trace, ("await_stuck",))
    assert event_wait["kind"] == "event" and event_wait["io"] >= 1  # the listening socket
    assert waits(trace, ("no_progress",)) == []  # I/O can wake the loop: never a stall
    if analyzer_runs():
        assert findings(trace) == []


def test_a_timer_set_at_infinity_is_no_deadline(record):
    """anyio schedules a cancel scope without a deadline at float('inf'): a snapshot then has no next timer, and
    recording goes on (it stopped at the first scope end, once)."""
    run = record("""
        import asyncio

        async def main():
            loop = asyncio.get_running_loop()
            loop.call_at(float("inf"), print)
            global waiting
            waiting = asyncio.create_task(asyncio.Event().wait())
            await asyncio.sleep(0)

        asyncio.run(main())
    """)
    assert run.trace.rows("SELECT kind FROM gaps") == []
    assert run.trace.rows("SELECT reason, timers, next_timer_ns FROM snapshots") == [("scope_end", 1, None)]
