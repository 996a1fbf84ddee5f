"""Fork and exec inside a traced program: the child records only what is its own, a fork never hangs the
child or loses it silently, and an exec that fails leaves the recording running."""
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="fork")


def leaks(trace):
    return trace.rows("SELECT p.pid, e.detail FROM events e JOIN processes p ON p.id = e.process_id"
                      " WHERE e.kind = (SELECT id FROM event_kinds WHERE name = 'coroutine_never_awaited')")


def test_a_forked_child_does_not_report_the_parents_coroutines(record):
    """The parent forks with three tasks not yet started and a bare coroutine it awaits later: all are the
    parent's, awaited in the parent. Neither a child that execs nor one that exits reports them; the
    coroutine a child leaks itself is still reported."""
    run = record("""
        import asyncio, os, sys

        async def job(n):
            await asyncio.sleep(0.01)
            return n

        async def own():
            pass

        async def main():
            later = job(99)
            tasks = [asyncio.ensure_future(job(i)) for i in range(3)]
            execs = os.fork()
            if execs == 0:
                os.execv(sys.executable, [sys.executable, "-c", "pass"])
            exits = os.fork()
            if exits == 0:
                leaked = own()
                sys.exit(0)
            print(await asyncio.gather(*tasks), await later)
            for pid in (execs, exits):
                os.waitpid(pid, 0)

        asyncio.run(main())
    """)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "[0, 1, 2] 99\n"
    [(pid, leaked)] = leaks(run.trace)
    assert leaked == "own" and pid != run.trace.value("SELECT pid FROM processes WHERE id = 1")
