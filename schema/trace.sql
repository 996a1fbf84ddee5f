-- asynctrace trace schema, version 7.
--
-- One SQLite file per recording, written by the Python recorder (tools/python) and read, read-only, by
-- the Swift analyzer (Sources/). This text is the contract between them: schema/README.md documents it
-- for people writing their own SQL. Every statement is idempotent, so each process that joins a trace
-- may run the whole script.
--
-- Ids: every loop, task, thread, test, site and coroutine id is (processes.id << 32) | serial, where the
-- serial counts up from 1 inside one process. Ids are therefore unique across all processes of a trace
-- and never reuse Python's id(). Timestamps ending in _ns, and events.ts, are time.monotonic_ns(): one
-- clock for every process of the machine; processes.start_wall_ns anchors it to wall-clock time.
--
-- Version history (the number itself is the PRAGMA user_version at the end: both halves read it there):
--   1  first release: meta, processes, threads, tests, sites, loops, tasks, event_kinds, events; later,
--      still as version 1: task_done events replaced by the task_ends table, the cancel event's arg
--      came to mean "asyncio or a library asked", and the events_by_kind index was added.
--   2  gaps: what the recorder could not see from some moment on (recording stopped); hooks: each hook
--      point of each process, whether it installed and which rules need it. A process row without
--      end_mono_ns now also means its recording may be incomplete. INSERTs name their columns.
--   3  closed_loop_call, transport_left_open, asyncgen_finalized and loop_blocked events. Facts, not the
--      recorder's judgement: a cancel's site keeps its whole call (the stack starts at the
--      direct caller, asyncio's or a library's included) and task_cancel_swallowed is written whoever
--      cancelled, for the analyzer to decide whose code it was; exception_never_retrieved says in arg why
--      CPython was silent and in detail the exception's message; coroutine_never_awaited's ref_id is its
--      `async def`, task_destroyed_pending's the line running when the collector destroyed the task.
--      Later, still as version 3: PRAGMA application_id, which marks the file as a trace; the
--      multiprocessing_worker event: in a trace whose event_kinds has it, a process without end_mono_ns is
--      incomplete unless it wrote that event and all its loops closed (before, whenever all its loops closed).
--   4  scopes: pytest sessions, tests, phases and fixtures, unittest tests and asyncio runners, as spans a
--      task is judged by, and the task_alive_at_scope_end event; tests also holds unittest's tests;
--      coroutine_never_awaited's test_id is the test during which the coroutine was made, when the recorder
--      knows it (else still the test running when it was collected).
--   5  snapshots and waits: what each pending task of a loop waited on, and the loop's state, when the loop
--      made no progress, a task stayed on one await, the process was signalled or ended by os._exit, a scope
--      ended or a loop closed with tasks pending. cross_loop_await's arg: where the primitive was made;
--      task_cancel_swallowed's site_id: the except clause that swallowed the cancel (arg 1, 3.11+), else the
--      await it was thrown at; task_sites: the line that made a task of a coroutine made on another line.
--   6  runs: the recording a process belongs to (processes.run_id), with its host and CI job, so that one
--      trace can hold several (asynctrace combine: a row per trace combined, each process and id moved past
--      those of the traces before it).
--   7  one row per task: a task that ended before its row was written has its end in that row (tasks.ended_ns,
--      outcome, exception), and only a task whose row was written while it ran has a task_ends row. The lean
--      level (processes.level): tasks that ended with a result, were never cancelled, made no task and that
--      no row names are counted in task_counts instead of written. The view task_outcomes has every end.

-- Name/value facts about the recording as a whole (first writer wins).
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,     -- schema_version, recorder_version, created_wall_ns
    value TEXT NOT NULL
);

-- One row per recording: a recorded trace has one, written by its first process; a trace that asynctrace
-- combine made has one per trace it combined, which says where each shard of a CI run came from.
CREATE TABLE IF NOT EXISTS runs (
    id            INTEGER PRIMARY KEY,
    host          TEXT,                  -- the machine's network name (os.uname().nodename)
    ci_job        TEXT,                  -- the CI job that recorded it, when its environment says, e.g.
                                         -- "github 7123456789/1 test" (run id/attempt job), "gitlab 4242"
    start_wall_ns INTEGER NOT NULL,      -- time.time_ns() when its first process began recording
    argv          TEXT,                  -- the first process's command line, a JSON array
    source        TEXT                   -- the trace file it was combined from; NULL where it was recorded
);

-- One row per traced process (each fork, spawn or subprocess adds one).
CREATE TABLE IF NOT EXISTS processes (
    id             INTEGER PRIMARY KEY,  -- assigned by SQLite; the high 32 bits of this process's ids
    pid            INTEGER NOT NULL,     -- operating-system process id
    parent_pid     INTEGER,              -- os.getppid() at start
    argv           TEXT NOT NULL,        -- the command line as a JSON array (sys.orig_argv; sys.argv on 3.9)
    executable     TEXT,                 -- sys.executable
    python_version TEXT NOT NULL,        -- platform.python_version(), e.g. "3.12.1"
    implementation TEXT NOT NULL,        -- sys.implementation.name, e.g. "cpython"
    start_wall_ns  INTEGER NOT NULL,     -- time.time_ns() when recording started in this process
    start_mono_ns  INTEGER NOT NULL,     -- time.monotonic_ns() at the same moment
    end_mono_ns    INTEGER,              -- time.monotonic_ns() at a clean exit; NULL if killed
    run_id         INTEGER,              -- runs.id of the recording it belongs to
    level          TEXT                  -- what it recorded of tasks: full (every task) or lean (see task_counts)
);

-- Threads that produced events (the main thread, loop threads, executor threads, ...).
CREATE TABLE IF NOT EXISTS threads (
    id         INTEGER PRIMARY KEY,      -- (process << 32) | serial
    process_id INTEGER NOT NULL,         -- processes.id
    ident      INTEGER NOT NULL,         -- threading.get_ident() (reused by the OS: never a key)
    native_id  INTEGER,                  -- threading.get_native_id(), the OS thread id
    name       TEXT                      -- threading.current_thread().name when first seen
);

-- Tests: pytest's (written by the pytest plugin) and unittest's (every TestCase.run outside pytest).
-- events.test_id and tasks.test_id point here. A test run inside another (pytester's in-process sessions,
-- a TestCase run by a test) has a 'test' scope inside the other's (see scopes).
CREATE TABLE IF NOT EXISTS tests (
    id         INTEGER PRIMARY KEY,      -- (process << 32) | serial
    process_id INTEGER NOT NULL,         -- the process (an xdist worker, say) that ran the test
    nodeid     TEXT NOT NULL,            -- pytest node id, e.g. "tests/test_x.py::test_leak[1]"; unittest's
                                         -- TestCase.id(), e.g. "tests.test_x.LeakTests.test_leak"
    outcome    TEXT,                     -- passed | failed | skipped | rerun (an attempt run again); NULL while running or if killed
    start_ns   INTEGER NOT NULL,         -- setup began
    end_ns     INTEGER                   -- teardown ended
);

-- Scopes: the spans of a run that a task is judged by, each written when it began and again when it ended.
-- Scope ids are drawn from the same counter as task ids, so a task made while a scope was open has an id
-- between the scope's id and end_id (a fixture's own tasks: between id and ready_id). Scopes nest by
-- parent_id, but need not end in order (a parametrized fixture can be finished during another test's setup;
-- a Runner closes after its test); fixtures and runners live across tests and are nobody's parent.
CREATE TABLE IF NOT EXISTS scopes (
    id         INTEGER PRIMARY KEY,      -- (process << 32) | serial, drawn when the scope began
    end_id     INTEGER,                  -- drawn when it ended, after its task_alive_at_scope_end events;
                                         -- NULL while open, or if the process was killed
    ready_id   INTEGER,                  -- fixture: drawn when its setup returned (the fixtures it needs are
                                         -- set up inside its setup; its own code runs after them)
    process_id INTEGER NOT NULL,
    parent_id  INTEGER,                  -- scopes.id of the innermost session, test or phase open when it began
                                         -- (a fixture wider than a function: its session)
    kind       TEXT NOT NULL,            -- session: a pytest session (one inside a test: pytester's);
                                         -- test: a test attempt (pytest's, or unittest's TestCase.run);
                                         -- setup | call | teardown: the phases of a pytest test;
                                         -- fixture: a pytest fixture, from its setup to its finalization;
                                         -- runner: asyncio.run(), or an asyncio.Runner until it closes
    name       TEXT NOT NULL,            -- session: the rootdir; test: its nodeid; phase: the nodeid;
                                         -- fixture: its name; runner: the qualname of its (first) main coroutine
    detail     TEXT,                     -- test: pytest | unittest; fixture: its scope (function, class, module,
                                         -- package, session); runner: asyncio.run | asyncio.Runner
    test_id    INTEGER,                  -- tests.id of the test current when it began (a test: its own)
    loop_id    INTEGER,                  -- runner: its event loop (NULL if it never made one)
    thread_id  INTEGER,                  -- threads.id of the thread it began on
    site_id    INTEGER,                  -- fixture: its function; runner: the line that called asyncio.run()
                                         -- or made the Runner
    start_ns   INTEGER NOT NULL,
    end_ns     INTEGER                   -- NULL while open, or if the process was killed
);

-- Snapshots of a loop and its pending tasks (see waits): what it was doing, when one of these happened:
-- no_progress    the loop had waited in select for hang_ms with no timer scheduled (the recorder's watchdog);
-- await_stuck    a task had stayed hang_ms on one await of something that is neither a sleep, an executor job
--                nor I/O, while the loop ran other callbacks (the watchdog);
-- signal         the process received SIGTERM, SIGINT or SIGALRM handled in Python (taken before that handler
--                runs; at its default action a signal ends the process with no snapshot);
-- exit           the process called os._exit (no exit handler runs after it: pytest-timeout's thread method);
-- scope_end      a scope ended with tasks made in it still pending (those tasks only; see scopes);
-- loop_close     the loop closed with tasks pending (those tasks).
-- Loop-state columns are NULL where the loop cannot say (a uvloop loop has no selector to count).
CREATE TABLE IF NOT EXISTS snapshots (
    id            INTEGER PRIMARY KEY,   -- (process << 32) | serial
    process_id    INTEGER NOT NULL,
    loop_id       INTEGER NOT NULL,      -- loops.id
    thread_id     INTEGER,               -- threads.id of the thread that took it (the watchdog's, a signalled main)
    test_id       INTEGER,               -- tests.id current then
    ts            INTEGER NOT NULL,
    reason        TEXT NOT NULL,         -- see above
    detail        TEXT,                  -- signal: its name (SIGTERM); exit: "os._exit(STATUS)"
    scope_id      INTEGER,               -- scope_end: scopes.id
    hang_ms       INTEGER NOT NULL,      -- the threshold in force (ASYNCTRACE_HANG_MS)
    idle_since_ns INTEGER,               -- the loop had been waiting in select since then; NULL: it was running a
                                         -- callback, or not running at all
    ready         INTEGER,               -- callbacks ready to run
    timers        INTEGER,               -- timers scheduled and not cancelled
    next_timer_ns INTEGER,               -- the earliest timer's deadline (monotonic ns)
    io            INTEGER,               -- file descriptors its selector watches, its own self-pipe excepted
    executor_jobs INTEGER,               -- jobs of its default executor queued or running
    other_threads INTEGER                -- 1 if a thread other than its own (and its executor's) that scheduled a
                                         -- callback on it with call_soon_threadsafe was still alive
);

-- What one task waited on in one snapshot.
CREATE TABLE IF NOT EXISTS waits (
    snapshot_id INTEGER NOT NULL,        -- snapshots.id
    task_id     INTEGER NOT NULL,        -- tasks.id
    site_id     INTEGER,                 -- its await chain: sites.stack holds each coroutine, generator and async
                                         -- generator frame, innermost first; file:line is the innermost frame
                                         -- outside asyncio (the program's await)
    kind        TEXT NOT NULL,           -- running (the loop was running it) | ready (scheduled, or not started) |
                                         -- task | gather | future | event | lock | semaphore | condition |
                                         -- barrier | queue_get | queue_put | queue_join | sleep | executor |
                                         -- io (a stream or socket) | server (serve_forever)
    on_tasks    TEXT,                    -- tasks.id of the tasks it waits on, space-separated: the task awaited,
                                         -- gather's children still pending, the task holding the Lock
    on_site_id  INTEGER,                 -- sites.id of where the awaited primitive was made, when known
    deadline_ns INTEGER,                 -- a timer that will wake it (a sleep, a timeout around the await)
    since_ns    INTEGER,                 -- the watchdog saw it waiting on this same object from then on (NULL:
                                         -- never seen before)
    detail      TEXT,                    -- what it waits on, in a few words: "Event", "Queue empty (unbounded)"
    PRIMARY KEY (snapshot_id, task_id)
);

-- Code locations, interned per process. The analyzer blames file:line:function.
CREATE TABLE IF NOT EXISTS sites (
    id       INTEGER PRIMARY KEY,        -- (process << 32) | serial
    file     TEXT NOT NULL,              -- absolute path as Python saw it (co_filename)
    line     INTEGER NOT NULL,           -- 1-based line number (0 when unknown)
    function TEXT NOT NULL,              -- co_name / qualname of the function
    stack    TEXT                        -- short stack, innermost first, one "file:line:function" a line;
                                         -- file:line:function is one of its lines, the recorder's pick of
                                         -- the program's nearest frame (a cancel's stack starts further in)
);

-- Event loops, one row when the recorder first sees a loop (usually its construction).
CREATE TABLE IF NOT EXISTS loops (
    id         INTEGER PRIMARY KEY,      -- (process << 32) | serial
    process_id INTEGER NOT NULL,
    class_name TEXT NOT NULL,            -- e.g. "_UnixSelectorEventLoop", "Loop" (uvloop)
    thread_id  INTEGER,                  -- threads.id of the thread that created it
    site_id    INTEGER,                  -- sites.id of the user code that created it
    test_id    INTEGER,                  -- tests.id current at creation
    created_ns INTEGER NOT NULL
);

-- Tasks, one row at creation. What happened to a task later is in events (task_done, ...).
CREATE TABLE IF NOT EXISTS tasks (
    id             INTEGER PRIMARY KEY,  -- (process << 32) | serial
    process_id     INTEGER NOT NULL,
    loop_id        INTEGER,              -- loops.id
    parent_task_id INTEGER,              -- tasks.id of the task that was running when this one was made
    name           TEXT,                 -- task name at creation (see event task_renamed)
    coro_qualname  TEXT,                 -- qualified name of the coroutine the task runs
    site_id        INTEGER,              -- sites.id: the user code that created the coroutine/task
    thread_id      INTEGER,              -- threads.id of the creating thread
    test_id        INTEGER,              -- tests.id current at creation
    created_ns     INTEGER NOT NULL,
    -- The end, when the task had ended before its row was written (else NULL, and task_ends has it):
    ended_ns       INTEGER,              -- time.monotonic_ns() when it finished
    outcome        INTEGER,              -- as task_ends.outcome
    exception      TEXT                  -- as task_ends.exception
);

-- Task sites (tasks.site_id: where the coroutine was made) whose tasks were made tasks on another program line
-- (create_task, ensure_future, gather or TaskGroup of a coroutine made earlier or by a helper): that line. One
-- row per site, written when the recorder first sees it (tasks whose coroutines were made by the same stack
-- share the first one's); no row: the same line, or not known. A table of its own, not a column of tasks: a
-- NULL bound per task costs CPython 3.11's sqlite3 a formatted AttributeError.
CREATE TABLE IF NOT EXISTS task_sites (
    site_id           INTEGER PRIMARY KEY,  -- sites.id of a task's site
    scheduled_site_id INTEGER NOT NULL      -- sites.id of the line that made its coroutine a task
);

-- How each finished task ended: one narrow row per task, written when it finishes (the most frequent
-- fact in a trace, so it stays out of the wide events table). No row: the task never finished (see the
-- task_pending_at_close, task_pending_at_exit and task_destroyed_pending events).
-- The end of a task whose row was written while it still ran (one that ended sooner has it in its row).
CREATE TABLE IF NOT EXISTS task_ends (
    task_id    INTEGER PRIMARY KEY,      -- tasks.id
    ts         INTEGER NOT NULL,         -- time.monotonic_ns() when it finished
    outcome    INTEGER NOT NULL,         -- 0 returned a result, 1 raised an exception, 2 was cancelled
    exception  TEXT                      -- qualified name of the exception's type when outcome = 1
);

-- Every finished task's end, wherever the recorder put it (its row, or task_ends): for queries that want
-- them all. A task_ends row wins (a flush may have taken the task's row just as its end was filled in).
CREATE VIEW IF NOT EXISTS task_outcomes AS
    SELECT task_id, ts, outcome, exception FROM task_ends
    UNION ALL
    SELECT id, ended_ns, outcome, exception FROM tasks
    WHERE ended_ns IS NOT NULL AND id NOT IN (SELECT task_id FROM task_ends);

-- The lean level's tasks that were counted instead of written: each ended with a result, was never cancelled,
-- made no task, and no event or wait names it. A row per flush and per (loop, site, test) that had some:
-- sum them (GROUP BY) for the totals.
CREATE TABLE IF NOT EXISTS task_counts (
    process_id INTEGER NOT NULL,
    loop_id    INTEGER,                  -- loops.id
    site_id    INTEGER,                  -- sites.id of the tasks' creation site
    test_id    INTEGER,                  -- tests.id current when they were made
    tasks      INTEGER NOT NULL          -- how many
);

-- What the recorder could not see, written the moment it knew: from then on this process's rows are
-- incomplete. A trace with a row here (or a process that never closed its trace, see processes.end_mono_ns,
-- while one of its loops has no loop_closed event) is incomplete, and the analyzer says so instead of
-- reporting a clean run.
CREATE TABLE IF NOT EXISTS gaps (
    id         INTEGER PRIMARY KEY,
    process_id INTEGER NOT NULL,         -- processes.id
    ts         INTEGER NOT NULL,         -- time.monotonic_ns() when it happened
    kind       TEXT NOT NULL,            -- recording_stopped: nothing more was written by this process;
                                         -- tests_not_run: pytest stopped before its tests;
                                         -- child_not_recorded: a child of this process records nothing
                                         -- (message names it when the parent can: pid, command line)
                                         -- hook_interrupted: the program's exception (its signal handler's,
                                         -- KeyboardInterrupt) cut that hook short, what it recorded then may be
                                         -- missing (once per hook and test; recording went on)
                                         -- rows_lost: at its end the process found fewer of its tasks in the
                                         -- trace, stored or counted, than it had recorded (a recorder bug)
    source     TEXT NOT NULL,            -- where: the hook or part of the recorder, e.g. "writer", "task_done"
    message    TEXT NOT NULL,            -- what happened, e.g. "recording stopped, cannot write ...: OSError: ..."
    test_id    INTEGER                   -- tests.id current when it happened
);

-- The recorder's hook points (tools/python/src/asynctrace/_hooks.py declares them), one row per process
-- and hook, written as soon as the recorder knows whether it took. A failed hook leaves the rules it
-- names blind: the analyzer says so and treats the trace as incomplete for them.
CREATE TABLE IF NOT EXISTS hooks (
    process_id INTEGER NOT NULL,         -- processes.id
    name       TEXT NOT NULL,            -- e.g. "BaseEventLoop.create_task", "sys.monitoring PY_THROW"
    mechanism  TEXT NOT NULL,            -- how it hooks, for people
    versions   TEXT NOT NULL,            -- the CPython versions it is meant for, e.g. "3.9+", "3.9-3.11"
    status     TEXT NOT NULL,            -- installed | failed | not_applicable (not meant for this version)
    rules      TEXT NOT NULL,            -- ids of the rules that need it, space-separated (may be empty)
    detail     TEXT,                     -- why it failed
    PRIMARY KEY (process_id, name)
);

-- The event kinds used in events.kind, so that SQL can say e.kind = (SELECT id FROM event_kinds ...).
CREATE TABLE IF NOT EXISTS event_kinds (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL
);
INSERT OR IGNORE INTO event_kinds (id, name, description) VALUES
    (1,  'loop_created',        'a loop was constructed; site_id = creator, detail = class name'),
    (2,  'loop_run_start',      'run_forever began on thread_id'),
    (3,  'loop_run_stop',       'run_forever returned'),
    (4,  'loop_closed',         'close() ran; site_id = the program line that closed it (an asyncio.run, say); arg = number of tasks still pending (see task_pending_at_close)'),
    (5,  'multiprocessing_worker', 'this process is a multiprocessing child, which Pool.terminate() may kill between tasks: only such a process that never closed its trace reads as complete when all its loops closed'),
    (12, 'task_cancel_requested', 'cancel() called on task_id (also on a task already failed: that cancel() silences its exception); ref_id = calling task, site_id = the call, its stack from the direct caller, arg = 1 if the recorder takes the caller for asyncio or a library (TaskGroup, timeout, asyncio.run, anyio; the analyzer decides itself from the stack), detail = msg; site_id NULL: the request was only observed later'),
    (13, 'task_pending_at_close', 'task_id was pending when loop_id closed; site_id = the line it was suspended at; arg = 1 if a cancel was requested; detail = name'),
    (14, 'task_destroyed_pending', 'task_id was garbage-collected while pending; site_id = the line it was suspended at; ref_id = sites.id of the line running when it was collected; arg = 0 loop running, 1 loop stopped, 2 loop closed; detail = name'),
    (15, 'exception_never_retrieved', 'a failed task (task_id) or future (ref_id) was collected or left at exit with its exception never retrieved; site_id = where the exception was raised (innermost program frame); detail = "Type: message"; arg = why CPython said nothing: NULL it did report it (or the process exited first), 1 a cancel() on the failed task cleared its report, 2 gather() discarded it (another child had failed first)'),
    (16, 'task_cancel_swallowed', 'task_id finished without being cancelled although a cancel was requested and not withdrawn (whoever requested it); site_id = the except clause that swallowed it, with the await the cancel was thrown at (the program''s innermost frame then) as the second frame of its stack, when arg = 1 (read from the code''s exception table, CPython 3.11+); else that await, when known'),
    (17, 'task_pending_at_exit', 'task_id was still pending when the process exited and its loop was never closed; site_id = the line it was suspended at; arg = 1 if a cancel was requested'),
    (18, 'task_renamed',        'task_id carried another name when it finished; detail = the name'),
    (19, 'task_alive_at_scope_end', 'task_id was still pending when the scope ref_id (scopes.id) ended, and was made after that scope began (in it, or in a scope inside it); site_id = the line it was suspended at; arg = 1 if a cancel was requested'),
    (20, 'coroutine_never_awaited', 'a coroutine was never awaited nor scheduled; ref_id = sites.id of its async def (first line), site_id = where it was created, detail = qualname, arg = 0 collected, 1 alive at exit; test_id = the test during which it was made when the recorder saw it then (between two tests it looks at the young objects), else the test running when it was collected'),
    (30, 'cross_loop_await',    'a future/task/primitive bound to another loop was awaited or used by task_id on loop_id; site_id = the offending line; ref_id = the other loop (loops.id) when known; arg = sites.id of where the primitive was made (Event, Lock, Semaphore, Condition, Barrier, Queue), when known; detail = the error text'),
    (31, 'cross_thread_call',   'a non-thread-safe API of loop_id (detail) was called from thread_id while the loop ran on another thread; site_id = the caller'),
    (32, 'closed_loop_call',    'a call that needs loop_id (detail: call_soon, create_task, _add_writer, ...; "X.__del__ -> call_soon" from a finalizer) was made after the loop closed ("Event loop is closed"); site_id = the caller, ref_id = sites.id of where the transport or server that made the call was created, arg = 1 from a __del__'),
    (33, 'transport_left_open', 'a transport or server of loop_id was still open when the loop closed; site_id = where it was created (an accepted connection: where its server was), detail = class name'),
    (34, 'asyncgen_finalized',  'an async generator iterated but neither exhausted nor closed by the program was finalized; site_id = the line that first iterated it, ref_id = sites.id of what ran when it was finalized, arg = 0 by the garbage collector (the loop''s finalizer hook), 1 by shutdown_asyncgens(); detail = qualname'),
    (35, 'loop_blocked',        'one iteration of loop_id ran callbacks for longer than the recorder''s threshold (ASYNCTRACE_SLOW_MS, default 100); thread_id = the loop''s thread, task_id = the task it was running, site_id = the program line it was stuck at (its stack), arg = milliseconds held (at least), detail = the task or callback');

-- Everything that happened, in the order each process recorded it.
CREATE TABLE IF NOT EXISTS events (
    id         INTEGER PRIMARY KEY,      -- insertion order (per process, events are in time order)
    ts         INTEGER NOT NULL,         -- time.monotonic_ns()
    kind       INTEGER NOT NULL,         -- event_kinds.id
    process_id INTEGER NOT NULL,         -- processes.id
    thread_id  INTEGER,                  -- threads.id of the thread it happened on
    loop_id    INTEGER,                  -- loops.id concerned
    task_id    INTEGER,                  -- tasks.id concerned
    test_id    INTEGER,                  -- tests.id current when it happened
    site_id    INTEGER,                  -- sites.id of the user code concerned
    ref_id     INTEGER,                  -- another object: see event_kinds.description
    arg        INTEGER,                  -- a number: see event_kinds.description
    detail     TEXT                      -- a text: see event_kinds.description
);

-- The few events a finding rests on, and the cancel requests and renames of the tasks they name, without
-- reading the rest: analyze looks these up instead of scanning the events (it scans traces without it).
CREATE INDEX IF NOT EXISTS events_by_kind ON events (kind, task_id);

-- What marks the file as an asynctrace trace ("ATRC"): the recorder never writes to, nor replaces, a file
-- that is not one (traces written before it are known by their meta table).
PRAGMA application_id = 1096045123;

-- The schema version; the analyzer refuses versions it does not know.
PRAGMA user_version = 7;
