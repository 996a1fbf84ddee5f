"""The C accelerator (asynctrace/_speedups.c) and the pure-Python hooks it stands in for write the same trace:
the same program recorded on each path gives the same rows, ids and times aside. The rest of the tests run
on whichever path scripts/test asks for (both, in turn); this one compares them directly."""
import os

import pytest

from conftest import SRC, run_python

PROGRAM = """
import asyncio, sys

async def ok(i):
    await asyncio.sleep(0)
    return i

async def boom():
    await asyncio.sleep(0)
    raise ValueError("boom")

async def forever():
    await asyncio.sleep(3600)

async def swallow():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        return "swallowed"

async def parent():
    child = asyncio.create_task(ok(7), name="child")
    return await child

class OwnTask(asyncio.Task):
    pass

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.gather(*(ok(i) for i in range(5)))
    await asyncio.gather(boom(), ok(1), return_exceptions=True)
    await parent()
    stuck = asyncio.create_task(forever())
    await asyncio.sleep(0)
    stuck.cancel()
    await asyncio.sleep(0)
    swallowed = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    swallowed.cancel()
    loop.set_task_factory(lambda loop, coro, **kw: OwnTask(coro, loop=loop, **kw))
    await asyncio.create_task(ok(2))
    loop.set_task_factory(None)
    asyncio.create_task(forever(), name="left")  # cancelled by asyncio.run

asyncio.run(main())
"""

ROWS = {
    "tasks": """SELECT t.name, t.coro_qualname, s.file, s.line, s.function, p.name, l.class_name, th.name,
                       e.outcome, e.exception
                FROM tasks t LEFT JOIN sites s ON s.id = t.site_id LEFT JOIN tasks p ON p.id = t.parent_task_id
                LEFT JOIN loops l ON l.id = t.loop_id LEFT JOIN threads th ON th.id = t.thread_id
                LEFT JOIN task_outcomes e ON e.task_id = t.id ORDER BY t.created_ns""",
    "events": """SELECT k.name, t.name, s.file, s.line, e.arg, e.detail FROM events e
                 JOIN event_kinds k ON k.id = e.kind LEFT JOIN tasks t ON t.id = e.task_id
                 LEFT JOIN sites s ON s.id = e.site_id ORDER BY e.id""",
    "hooks": "SELECT name, status FROM hooks WHERE name != 'C accelerator' ORDER BY name",
    "task_counts": """SELECT s.line, sum(c.tasks) FROM task_counts c LEFT JOIN sites s ON s.id = c.site_id
                      GROUP BY s.line ORDER BY s.line""",
}


@pytest.mark.parametrize("level", ["full", "lean"])
def test_both_paths_write_the_same_rows(tmp_path, level):
    if not any(name.startswith("_speedups.") and name.endswith(".so") for name in os.listdir(SRC / "asynctrace")):
        pytest.fail("the C accelerator is not built: run scripts/build-speedups")
    (tmp_path / "program.py").write_text(PROGRAM)  # one file: the sites name the same path
    runs = {}
    for path, pure in (("C", "0"), ("Python", "1")):
        run = run_python(["program.py"], cwd=tmp_path, trace_path=tmp_path / f"{path}.db",
                         env=dict(os.environ, ASYNCTRACE_PURE_PYTHON=pure, ASYNCTRACE_LEVEL=level))
        assert run.returncode == 0, run.stderr
        status = run.trace.value("SELECT status FROM hooks WHERE name = 'C accelerator'")
        assert status == ("installed" if path == "C" else "not_applicable")
        runs[path] = {table: run.trace.rows(sql) for table, sql in ROWS.items()}
    for table in ROWS:
        assert runs["C"][table] == runs["Python"][table], table
    tasks = runs["C"]["tasks"]
    if level == "lean":  # the gathered ones that returned, and asyncio.run's two shutdown tasks: counted
        assert {row[1] for row in tasks} - {"ok"} == {"main", "boom", "forever", "swallow"}  # ok: a renamed child
        assert len(tasks) + sum(count for _, count in runs["C"]["task_counts"]) == 15
        return
    assert len(tasks) == 15 and {row[8] for row in tasks} == {0, 1, 2}  # result, exception, cancelled
    (child,) = [row for row in tasks if row[4] == "parent"]  # named "child" at once, or by a rename (3.9-3.12)
    assert (child[1], child[5]) == ("ok", "Task-1")
    assert {"task_cancel_requested", "task_cancel_swallowed"} <= {row[0] for row in runs["C"]["events"]}
