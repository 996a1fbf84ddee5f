"""Write a schema-valid synthetic trace with a known number of findings per rule.

    python3 bench/synth_trace.py OUT.db --events 1000000 [--seed 1]

Prints the expected findings per rule as JSON. Most rows are the benign traffic of a busy program (loops
starting and stopping, tasks that finish, cancels that are honoured); the findings are sprinkled among
them, each on its own task or coroutine, so that `asynctrace analyze` must find exactly these counts.
"""
import argparse
import json
import os
import random
import sqlite3
import sys
from pathlib import Path

SCHEMA = Path(__file__).resolve().parents[1] / "schema" / "trace.sql"
PROCESSES = 4
SITES_PER_PROCESS = 200
TESTS_PER_PROCESS = 500
LOOPS_PER_PROCESS = 50
CHUNK = 200_000


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--events", type=int, default=1_000_000, help="rows in the events table")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    expected = write_trace(args.output, args.events, random.Random(args.seed))
    print(json.dumps(expected, sort_keys=True))


def write_trace(path, event_count, rng):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.executescript(SCHEMA.read_text())
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [("schema_version", "1"), ("recorder_version", "synthetic")])
    conn.execute("INSERT INTO runs (id, host, start_wall_ns, argv) VALUES (1, 'synthetic', 1700000000000000000,"
                 " '[\"python3\", \"app.py\"]')")

    # Findings: about one per 2,000 events of each kind, at least one each.
    per_rule = max(1, event_count // 2_000)
    expected = {rule: per_rule for rule in (
        "leaked-coroutine", "pending-at-close", "task-destroyed-pending", "cancelled-unfinished",
        "cross-loop-await", "cross-thread-call", "exception-never-retrieved")}
    finding_events = per_rule * 8  # cancelled-unfinished takes two events (request + close)
    benign_events = max(0, event_count - finding_events)
    # Benign events: per loop run 2 events (start, stop); per cancelled-and-finished task 1 event.
    runs = benign_events // 3
    honoured_cancels = benign_events - 2 * runs

    ids = {p: 0 for p in range(1, PROCESSES + 1)}

    def new_id(process):
        ids[process] += 1
        return (process << 32) | ids[process]

    sites, tests, loops, threads = {}, {}, {}, {}
    ts = 1_000_000_000
    for process in range(1, PROCESSES + 1):
        conn.execute("INSERT INTO processes VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                     (process, 1000 + process, 999, json.dumps(["python3", "app.py"]), "/usr/bin/python3",
                      "3.11.7", "cpython", 1_700_000_000_000_000_000, ts, None, 1, "full"))
        threads[process] = new_id(process)
        conn.execute("INSERT INTO threads VALUES (?,?,?,?,?)",
                     (threads[process], process, 140000000 + process, 5000 + process, "MainThread"))
        sites[process] = [new_id(process) for _ in range(SITES_PER_PROCESS)]
        conn.executemany("INSERT INTO sites VALUES (?,?,?,?,?)", [
            (site, f"/srv/app/module_{i % 37}.py", 10 + i, f"handler_{i}", f"/srv/app/module_{i % 37}.py:{10 + i}:handler_{i}")
            for i, site in enumerate(sites[process])])
        tests[process] = [new_id(process) for _ in range(TESTS_PER_PROCESS)]
        conn.executemany("INSERT INTO tests VALUES (?,?,?,?,?,?)", [
            (test, process, f"tests/test_{process}.py::test_{i}", "passed", ts + i, ts + i + 1)
            for i, test in enumerate(tests[process])])
        loops[process] = [new_id(process) for _ in range(LOOPS_PER_PROCESS)]
        conn.executemany("INSERT INTO loops VALUES (?,?,?,?,?,?,?)", [
            (loop, process, "_UnixSelectorEventLoop", threads[process], sites[process][0], None, ts)
            for loop in loops[process]])

    task_rows, end_rows, event_rows = [], [], []

    def flush(force=False):
        for statement, rows in (("INSERT INTO tasks VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", task_rows),
                                ("INSERT INTO task_ends VALUES (?,?,?,?)", end_rows),
                                ("INSERT INTO events VALUES (NULL,?,?,?,?,?,?,?,?,?,?,?)", event_rows)):
            if rows and (force or len(rows) >= CHUNK):
                conn.executemany(statement, rows)
                rows.clear()

    def task(process, created, end=(None, None, None)):
        """A task's row; end: (ts, outcome, exception) when it ended before its row was written, as most do."""
        tid = new_id(process)
        task_rows.append((tid, process, rng.choice(loops[process]), None, f"Task-{tid & 0xFFFFFFFF}",
                          f"handler_{tid % 97}", rng.choice(sites[process]), threads[process],
                          rng.choice(tests[process]), created, *end))
        return tid

    def event(process, kind, loop=None, task_id=None, site=None, ref=None, arg=None, detail=None):
        event_rows.append((ts, kind, process, threads[process], loop, task_id, rng.choice(tests[process]),
                           site, ref, arg, detail))

    finding_plan = (["leaked-coroutine", "pending-at-close", "task-destroyed-pending", "cancelled-unfinished",
                     "cross-loop-await", "cross-thread-call", "exception-never-retrieved"] * per_rule)
    rng.shuffle(finding_plan)
    total_steps = runs + honoured_cancels + len(finding_plan)
    finding_every = max(1, total_steps // max(1, len(finding_plan)))
    step = 0
    while runs or honoured_cancels or finding_plan:
        step += 1
        ts += 1_000
        process = rng.randint(1, PROCESSES)
        loop = rng.choice(loops[process])
        if finding_plan and step % finding_every == 0 or not (runs or honoured_cancels):
            rule = finding_plan.pop()
            site = rng.choice(sites[process])
            if rule == "leaked-coroutine":
                event(process, 20, site=site, ref=new_id(process), arg=0, detail="fetch")
            elif rule == "pending-at-close":
                event(process, 13, loop=loop, task_id=task(process, ts), arg=0, detail="poller")
            elif rule == "task-destroyed-pending":
                event(process, 14, loop=loop, task_id=task(process, ts), arg=0, detail="fire")
            elif rule == "cancelled-unfinished":
                tid = task(process, ts)
                event(process, 12, task_id=tid, site=site, arg=0)
                event(process, 13, loop=loop, task_id=tid, arg=1, detail="heartbeat")
            elif rule == "cross-loop-await":
                event(process, 30, loop=loop, task_id=task(process, ts), site=site, detail="attached to a different loop")
            elif rule == "cross-thread-call":
                event(process, 31, loop=loop, site=site, detail="call_soon")
            else:
                tid = task(process, ts)
                end_rows.append((tid, ts + 10, 1, "ValueError"))
                event(process, 15, loop=loop, task_id=tid, detail="ValueError")
        elif runs and (not honoured_cancels or rng.random() < 0.7):
            runs -= 1
            event(process, 2, loop=loop)
            for _ in range(1):  # each run finishes a task
                task(process, ts, (ts + 500, 0, None))
            event(process, 3, loop=loop)
        else:
            honoured_cancels -= 1
            tid = task(process, ts)  # a cancel asked for while its row was written: its end in task_ends
            event(process, 12, task_id=tid, site=rng.choice(sites[process]), arg=0)
            end_rows.append((tid, ts + 700, 2, None))
        flush()
    flush(force=True)
    conn.execute("UPDATE processes SET end_mono_ns = ?", (ts,))  # every process closed its trace
    conn.execute("COMMIT")
    conn.close()
    return expected


if __name__ == "__main__":
    sys.exit(main())
