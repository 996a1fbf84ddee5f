-- A trace of schema version 5: examples/all.py recorded by the recorder of that version (paths under /home/user/project).
-- Both test suites read it: see schema/README.md, Versioning.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,     -- schema_version, recorder_version, created_wall_ns
    value TEXT NOT NULL
);
INSERT INTO meta VALUES('schema_version','5');
INSERT INTO meta VALUES('recorder_version','0.1.0');
INSERT INTO meta VALUES('created_wall_ns','1796600968205291455');
CREATE TABLE processes (
    id             INTEGER PRIMARY KEY,  -- assigned by SQLite; the high 32 bits of this process's ids
    pid            INTEGER NOT NULL,     -- operating-system process id
    parent_pid     INTEGER,              -- os.getppid() at start
    argv           TEXT NOT NULL,        -- the command line as a JSON array (sys.orig_argv; sys.argv on 3.9)
    executable     TEXT,                 -- sys.executable
    python_version TEXT NOT NULL,        -- platform.python_version(), e.g. "3.12.1"
    implementation TEXT NOT NULL,        -- sys.implementation.name, e.g. "cpython"
    start_wall_ns  INTEGER NOT NULL,     -- time.time_ns() when recording started in this process
    start_mono_ns  INTEGER NOT NULL,     -- time.monotonic_ns() at the same moment
    end_mono_ns    INTEGER               -- time.monotonic_ns() at a clean exit; NULL if killed
);
INSERT INTO processes VALUES(1,3024,3019,'["/root/.pyenv/versions/3.11.7/bin/python3", "examples/all.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600968205291455,24608955564381,24614018663492);
INSERT INTO processes VALUES(2,3065,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/asyncgen_not_closed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600968348111274,24609098389253,24609222590384);
INSERT INTO processes VALUES(3,3067,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/asyncgen_not_closed_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600968567869621,24609318143466,24609444597837);
INSERT INTO processes VALUES(4,3069,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/blocking_callback.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600968778481282,24609528754326,24610061322647);
INSERT INTO processes VALUES(5,3071,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/blocking_callback_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600969387991417,24610138264440,24610527744508);
INSERT INTO processes VALUES(6,3075,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cancel_then_close.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600969842865955,24610593138589,24610711139473);
INSERT INTO processes VALUES(7,3077,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cancel_then_close_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600970040028682,24610790301965,24610900381062);
INSERT INTO processes VALUES(8,3079,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/closed_loop_call.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600970224905049,24610975177832,24611070065493);
INSERT INTO processes VALUES(9,3081,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/closed_loop_call_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600970393106646,24611143380352,24611234759068);
INSERT INTO processes VALUES(10,3083,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_loop_future.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600970568858629,24611319132293,24611414763602);
INSERT INTO processes VALUES(11,3085,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_loop_future_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600970732072031,24611482345576,24611579798467);
INSERT INTO processes VALUES(12,3088,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_thread_call.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600970905078204,24611655351049,24611737032494);
INSERT INTO processes VALUES(13,3091,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_thread_call_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600971060604208,24611810877151,24611892403402);
INSERT INTO processes VALUES(14,3094,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/exception_never_retrieved.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600971208673687,24611958947113,24612052675586);
INSERT INTO processes VALUES(15,3096,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/exception_never_retrieved_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600971369850828,24612120125151,24612202249007);
INSERT INTO processes VALUES(16,3098,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/leaked_coroutine.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600971527799807,24612278073198,24612406525151);
INSERT INTO processes VALUES(17,3100,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/leaked_coroutine_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600971731803046,24612482076725,24612570915977);
INSERT INTO processes VALUES(18,3102,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/pending_at_close.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600971893426042,24612643699507,24612796946149);
INSERT INTO processes VALUES(19,3104,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/pending_at_close_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600972120400814,24612870674135,24612981623442);
INSERT INTO processes VALUES(20,3106,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_destroyed_pending.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600972296912750,24613047185464,24613129227103);
INSERT INTO processes VALUES(21,3108,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_destroyed_pending_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600972443518777,24613193792348,24613297906745);
INSERT INTO processes VALUES(22,3110,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_left_running.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600972618371352,24613368645205,24613452497164);
INSERT INTO processes VALUES(23,3112,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_left_running_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600972768994236,24613519267202,24613702560872);
INSERT INTO processes VALUES(24,3114,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/transport_left_open.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600973018088306,24613768361965,24613850604775);
INSERT INTO processes VALUES(25,3125,3024,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/transport_left_open_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796600973170142843,24613920416797,24614001548459);
CREATE TABLE threads (
    id         INTEGER PRIMARY KEY,      -- (process << 32) | serial
    process_id INTEGER NOT NULL,         -- processes.id
    ident      INTEGER NOT NULL,         -- threading.get_ident() (reused by the OS: never a key)
    native_id  INTEGER,                  -- threading.get_native_id(), the OS thread id
    name       TEXT                      -- threading.current_thread().name when first seen
);
INSERT INTO threads VALUES(8589934595,2,139964044635008,3065,'MainThread');
INSERT INTO threads VALUES(12884901891,3,140311282043776,3067,'MainThread');
INSERT INTO threads VALUES(17179869187,4,139731151039360,3069,'MainThread');
INSERT INTO threads VALUES(21474836483,5,140158840204160,3071,'MainThread');
INSERT INTO threads VALUES(25769803779,6,140239570529152,3075,'MainThread');
INSERT INTO threads VALUES(30064771075,7,139828455160704,3077,'MainThread');
INSERT INTO threads VALUES(34359738371,8,140246277024640,3079,'MainThread');
INSERT INTO threads VALUES(38654705667,9,140025958738816,3081,'MainThread');
INSERT INTO threads VALUES(42949672963,10,140066315807616,3083,'MainThread');
INSERT INTO threads VALUES(47244640258,11,139963588515520,3086,'Thread-1 (run_forever)');
INSERT INTO threads VALUES(47244640262,11,139963616234368,3085,'MainThread');
INSERT INTO threads VALUES(51539607555,12,140298567097216,3088,'MainThread');
INSERT INTO threads VALUES(51539607559,12,140298531366592,3090,'Thread-1 (produce)');
INSERT INTO threads VALUES(55834574851,13,139766500424576,3091,'MainThread');
INSERT INTO threads VALUES(60129542147,14,140448933501824,3094,'MainThread');
INSERT INTO threads VALUES(64424509443,15,140608755207040,3096,'MainThread');
INSERT INTO threads VALUES(68719476739,16,140614350424960,3098,'MainThread');
INSERT INTO threads VALUES(73014444035,17,139768770517888,3100,'MainThread');
INSERT INTO threads VALUES(77309411331,18,140107954568064,3102,'MainThread');
INSERT INTO threads VALUES(81604378627,19,139861248285568,3104,'MainThread');
INSERT INTO threads VALUES(85899345923,20,139776827464576,3106,'MainThread');
INSERT INTO threads VALUES(90194313219,21,139644602121088,3108,'MainThread');
INSERT INTO threads VALUES(94489280515,22,140332922555264,3110,'MainThread');
INSERT INTO threads VALUES(98784247811,23,139736280734592,3112,'MainThread');
INSERT INTO threads VALUES(103079215107,24,139839610100608,3114,'MainThread');
INSERT INTO threads VALUES(107374182403,25,139885633719168,3125,'MainThread');
CREATE TABLE tests (
    id         INTEGER PRIMARY KEY,      -- (process << 32) | serial
    process_id INTEGER NOT NULL,         -- the process (an xdist worker, say) that ran the test
    nodeid     TEXT NOT NULL,            -- pytest node id, e.g. "tests/test_x.py::test_leak[1]"; unittest's
                                         -- TestCase.id(), e.g. "tests.test_x.LeakTests.test_leak"
    outcome    TEXT,                     -- passed | failed | skipped | rerun (an attempt run again); NULL while running or if killed
    start_ns   INTEGER NOT NULL,         -- setup began
    end_ns     INTEGER                   -- teardown ended
);
CREATE TABLE scopes (
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
INSERT INTO scopes VALUES(8589934594,8589934603,NULL,2,NULL,'runner','main','asyncio.run',NULL,8589934596,8589934595,8589934593,24609215124755,24609217391957);
INSERT INTO scopes VALUES(12884901890,12884901894,NULL,3,NULL,'runner','main','asyncio.run',NULL,12884901892,12884901891,12884901889,24609437743994,24609439457145);
INSERT INTO scopes VALUES(17179869186,17179869193,NULL,4,NULL,'runner','main','asyncio.run',NULL,17179869188,17179869187,17179869185,24609604119417,24610057102538);
INSERT INTO scopes VALUES(21474836482,21474836488,NULL,5,NULL,'runner','main','asyncio.run',NULL,21474836484,21474836483,21474836481,24610219954141,24610523423142);
INSERT INTO scopes VALUES(34359738370,34359738374,NULL,8,NULL,'runner','connect','asyncio.run',NULL,34359738372,34359738371,34359738369,24611065087986,24611066311491);
INSERT INTO scopes VALUES(38654705666,38654705670,NULL,9,NULL,'runner','main','asyncio.run',NULL,38654705668,38654705667,38654705665,24611229651724,24611230978400);
INSERT INTO scopes VALUES(42949672966,42949672970,NULL,10,NULL,'runner','main','asyncio.run',NULL,42949672967,42949672963,42949672965,24611410807048,24611411369753);
INSERT INTO scopes VALUES(47244640261,47244640267,NULL,11,NULL,'runner','main','asyncio.run',NULL,47244640263,47244640262,47244640260,24611573682940,24611575466210);
INSERT INTO scopes VALUES(51539607554,51539607560,NULL,12,NULL,'runner','main','asyncio.run',NULL,51539607556,51539607555,51539607553,24611731611404,24611733381599);
INSERT INTO scopes VALUES(55834574850,55834574854,NULL,13,NULL,'runner','main','asyncio.run',NULL,55834574852,55834574851,55834574849,24611887362902,24611889098366);
INSERT INTO scopes VALUES(60129542146,60129542153,NULL,14,NULL,'runner','main','asyncio.run',NULL,60129542148,60129542147,60129542145,24612037102456,24612049077187);
INSERT INTO scopes VALUES(64424509442,64424509448,NULL,15,NULL,'runner','main','asyncio.run',NULL,64424509444,64424509443,64424509441,24612197630087,24612198889770);
INSERT INTO scopes VALUES(68719476738,68719476744,NULL,16,NULL,'runner','main','asyncio.run',NULL,68719476740,68719476739,68719476737,24612394839433,24612401513746);
INSERT INTO scopes VALUES(73014444034,73014444038,NULL,17,NULL,'runner','main','asyncio.run',NULL,73014444036,73014444035,73014444033,24612566205226,24612567298625);
INSERT INTO scopes VALUES(81604378626,81604378632,NULL,19,NULL,'runner','main','asyncio.run',NULL,81604378628,81604378627,81604378625,24612945756532,24612977999839);
INSERT INTO scopes VALUES(85899345922,85899345929,NULL,20,NULL,'runner','main','asyncio.run',NULL,85899345924,85899345923,85899345921,24613121090917,24613126654341);
INSERT INTO scopes VALUES(90194313218,90194313225,NULL,21,NULL,'runner','main','asyncio.run',NULL,90194313220,90194313219,90194313217,24613288799355,24613295191972);
INSERT INTO scopes VALUES(94489280514,94489280523,NULL,22,NULL,'runner','main','asyncio.run',NULL,94489280516,94489280515,94489280513,24613447187769,24613448753010);
INSERT INTO scopes VALUES(98784247810,98784247816,NULL,23,NULL,'runner','main','asyncio.run',NULL,98784247812,98784247811,98784247809,24613596974482,24613698872988);
INSERT INTO scopes VALUES(103079215106,103079215118,NULL,24,NULL,'runner','main','asyncio.run',NULL,103079215108,103079215107,103079215105,24613845226165,24613847205840);
INSERT INTO scopes VALUES(107374182402,107374182414,NULL,25,NULL,'runner','main','asyncio.run',NULL,107374182404,107374182403,107374182401,24613995792010,24613998066751);
CREATE TABLE snapshots (
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
INSERT INTO snapshots VALUES(8589934601,2,8589934596,8589934595,NULL,24609217317276,'scope_end',NULL,8589934594,2000,NULL,1,0,NULL,0,0,1);
INSERT INTO snapshots VALUES(25769803785,6,25769803780,25769803779,NULL,24610707589689,'loop_close',NULL,NULL,2000,NULL,1,1,24610716978596,0,0,0);
INSERT INTO snapshots VALUES(77309411336,18,77309411332,77309411331,NULL,24612791923886,'loop_close',NULL,NULL,2000,NULL,0,1,24612801214208,0,0,0);
INSERT INTO snapshots VALUES(94489280521,22,94489280516,94489280515,NULL,24613448687230,'scope_end',NULL,94489280514,2000,NULL,0,1,24613547972243,0,0,0);
CREATE TABLE waits (
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
INSERT INTO waits VALUES(8589934601,8589934600,8589934602,'ready',NULL,NULL,NULL,NULL,NULL);
INSERT INTO waits VALUES(25769803785,25769803777,25769803786,'sleep',NULL,NULL,24610716978596,NULL,NULL);
INSERT INTO waits VALUES(77309411336,77309411329,77309411337,'sleep',NULL,NULL,24612801214208,NULL,NULL);
INSERT INTO waits VALUES(94489280521,94489280518,94489280522,'sleep',NULL,NULL,24613547972243,NULL,NULL);
CREATE TABLE sites (
    id       INTEGER PRIMARY KEY,        -- (process << 32) | serial
    file     TEXT NOT NULL,              -- absolute path as Python saw it (co_filename)
    line     INTEGER NOT NULL,           -- 1-based line number (0 when unknown)
    function TEXT NOT NULL,              -- co_name / qualname of the function
    stack    TEXT                        -- short stack, innermost first, one "file:line:function" a line;
                                         -- file:line:function is one of its lines, the recorder's pick of
                                         -- the program's nearest frame (a cancel's stack starts further in)
);
INSERT INTO sites VALUES(8589934593,'/home/user/project/examples/asyncgen_not_closed.py',22,'<module>','/home/user/project/examples/asyncgen_not_closed.py:22:<module>');
INSERT INTO sites VALUES(8589934598,'/home/user/project/examples/asyncgen_not_closed.py',16,'main','/home/user/project/examples/asyncgen_not_closed.py:16:main');
INSERT INTO sites VALUES(8589934599,'/home/user/project/examples/asyncgen_not_closed.py',18,'main',replace('/home/user/project/examples/asyncgen_not_closed.py:18:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(8589934602,'/home/user/project/examples/asyncgen_not_closed.py',9,'ticks','/home/user/project/examples/asyncgen_not_closed.py:9:ticks');
INSERT INTO sites VALUES(8589934604,'/home/user/project/examples/asyncgen_not_closed.py',22,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:199:_cancel_all_tasks\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:71:close\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:63:__exit__\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:189:run\n/home/user/project/examples/asyncgen_not_closed.py:22:<module>','\n',char(10)));
INSERT INTO sites VALUES(8589934606,'/home/user/project/examples/asyncgen_not_closed.py',22,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/asyncgen_not_closed.py:22:<module>','\n',char(10)));
INSERT INTO sites VALUES(8589934608,'/home/user/project/examples/asyncgen_not_closed.py',22,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/asyncgen_not_closed.py:22:<module>','\n',char(10)));
INSERT INTO sites VALUES(12884901889,'/home/user/project/examples/asyncgen_not_closed_fixed.py',25,'<module>','/home/user/project/examples/asyncgen_not_closed_fixed.py:25:<module>');
INSERT INTO sites VALUES(12884901896,'/home/user/project/examples/asyncgen_not_closed_fixed.py',25,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/asyncgen_not_closed_fixed.py:25:<module>','\n',char(10)));
INSERT INTO sites VALUES(12884901898,'/home/user/project/examples/asyncgen_not_closed_fixed.py',25,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/asyncgen_not_closed_fixed.py:25:<module>','\n',char(10)));
INSERT INTO sites VALUES(17179869185,'/home/user/project/examples/blocking_callback.py',23,'<module>','/home/user/project/examples/blocking_callback.py:23:<module>');
INSERT INTO sites VALUES(17179869191,'/home/user/project/examples/blocking_callback.py',17,'main',replace('/home/user/project/examples/blocking_callback.py:17:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(17179869192,'/home/user/project/examples/blocking_callback.py',7,'load_config',replace('/home/user/project/examples/blocking_callback.py:7:load_config\n/home/user/project/examples/blocking_callback.py:18:main','\n',char(10)));
INSERT INTO sites VALUES(17179869195,'/home/user/project/examples/blocking_callback.py',23,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/blocking_callback.py:23:<module>','\n',char(10)));
INSERT INTO sites VALUES(17179869197,'/home/user/project/examples/blocking_callback.py',23,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/blocking_callback.py:23:<module>','\n',char(10)));
INSERT INTO sites VALUES(21474836481,'/home/user/project/examples/blocking_callback_fixed.py',23,'<module>','/home/user/project/examples/blocking_callback_fixed.py:23:<module>');
INSERT INTO sites VALUES(21474836487,'/home/user/project/examples/blocking_callback_fixed.py',17,'main',replace('/home/user/project/examples/blocking_callback_fixed.py:17:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(21474836490,'/home/user/project/examples/blocking_callback_fixed.py',23,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/blocking_callback_fixed.py:23:<module>','\n',char(10)));
INSERT INTO sites VALUES(21474836492,'/home/user/project/examples/blocking_callback_fixed.py',23,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/blocking_callback_fixed.py:23:<module>','\n',char(10)));
INSERT INTO sites VALUES(25769803778,'/home/user/project/examples/cancel_then_close.py',12,'<module>','/home/user/project/examples/cancel_then_close.py:12:<module>');
INSERT INTO sites VALUES(25769803782,'/home/user/project/examples/cancel_then_close.py',13,'<module>','/home/user/project/examples/cancel_then_close.py:13:<module>');
INSERT INTO sites VALUES(25769803783,'/home/user/project/examples/cancel_then_close.py',14,'<module>','/home/user/project/examples/cancel_then_close.py:14:<module>');
INSERT INTO sites VALUES(25769803784,'/home/user/project/examples/cancel_then_close.py',8,'heartbeat','/home/user/project/examples/cancel_then_close.py:8:heartbeat');
INSERT INTO sites VALUES(25769803786,'/home/user/project/examples/cancel_then_close.py',8,'heartbeat',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/tasks.py:649:sleep\n/home/user/project/examples/cancel_then_close.py:8:heartbeat','\n',char(10)));
INSERT INTO sites VALUES(25769803787,'/home/user/project/examples/cancel_then_close.py',15,'<module>','/home/user/project/examples/cancel_then_close.py:15:<module>');
INSERT INTO sites VALUES(30064771074,'/home/user/project/examples/cancel_then_close_fixed.py',11,'<module>','/home/user/project/examples/cancel_then_close_fixed.py:11:<module>');
INSERT INTO sites VALUES(30064771078,'/home/user/project/examples/cancel_then_close_fixed.py',12,'<module>','/home/user/project/examples/cancel_then_close_fixed.py:12:<module>');
INSERT INTO sites VALUES(30064771079,'/home/user/project/examples/cancel_then_close_fixed.py',13,'<module>','/home/user/project/examples/cancel_then_close_fixed.py:13:<module>');
INSERT INTO sites VALUES(30064771080,'/home/user/project/examples/cancel_then_close_fixed.py',15,'<module>','/home/user/project/examples/cancel_then_close_fixed.py:15:<module>');
INSERT INTO sites VALUES(34359738369,'/home/user/project/examples/closed_loop_call.py',18,'<module>','/home/user/project/examples/closed_loop_call.py:18:<module>');
INSERT INTO sites VALUES(34359738376,'/home/user/project/examples/closed_loop_call.py',18,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/closed_loop_call.py:18:<module>','\n',char(10)));
INSERT INTO sites VALUES(34359738378,'/home/user/project/examples/closed_loop_call.py',18,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/closed_loop_call.py:18:<module>','\n',char(10)));
INSERT INTO sites VALUES(34359738379,'/home/user/project/examples/closed_loop_call.py',11,'close',replace('/home/user/project/examples/closed_loop_call.py:11:close\n/home/user/project/examples/closed_loop_call.py:20:<module>','\n',char(10)));
INSERT INTO sites VALUES(38654705665,'/home/user/project/examples/closed_loop_call_fixed.py',19,'<module>','/home/user/project/examples/closed_loop_call_fixed.py:19:<module>');
INSERT INTO sites VALUES(38654705672,'/home/user/project/examples/closed_loop_call_fixed.py',19,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/closed_loop_call_fixed.py:19:<module>','\n',char(10)));
INSERT INTO sites VALUES(38654705674,'/home/user/project/examples/closed_loop_call_fixed.py',19,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/closed_loop_call_fixed.py:19:<module>','\n',char(10)));
INSERT INTO sites VALUES(42949672962,'/home/user/project/examples/cross_loop_future.py',10,'<module>','/home/user/project/examples/cross_loop_future.py:10:<module>');
INSERT INTO sites VALUES(42949672965,'/home/user/project/examples/cross_loop_future.py',20,'<module>','/home/user/project/examples/cross_loop_future.py:20:<module>');
INSERT INTO sites VALUES(42949672969,'/home/user/project/examples/cross_loop_future.py',15,'main','/home/user/project/examples/cross_loop_future.py:15:main');
INSERT INTO sites VALUES(42949672972,'/home/user/project/examples/cross_loop_future.py',20,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/cross_loop_future.py:20:<module>','\n',char(10)));
INSERT INTO sites VALUES(42949672974,'/home/user/project/examples/cross_loop_future.py',20,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/cross_loop_future.py:20:<module>','\n',char(10)));
INSERT INTO sites VALUES(42949672975,'/home/user/project/examples/cross_loop_future.py',21,'<module>','/home/user/project/examples/cross_loop_future.py:21:<module>');
INSERT INTO sites VALUES(47244640259,'/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py',982,'run',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:982:run\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:1045:_bootstrap_inner\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:1002:_bootstrap','\n',char(10)));
INSERT INTO sites VALUES(47244640260,'/home/user/project/examples/cross_loop_future_fixed.py',22,'<module>','/home/user/project/examples/cross_loop_future_fixed.py:22:<module>');
INSERT INTO sites VALUES(47244640266,'/home/user/project/examples/cross_loop_future_fixed.py',18,'main',replace('/home/user/project/examples/cross_loop_future_fixed.py:18:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:982:run\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:1045:_bootstrap_inner\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:1002:_bootstrap','\n',char(10)));
INSERT INTO sites VALUES(47244640269,'/home/user/project/examples/cross_loop_future_fixed.py',22,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/cross_loop_future_fixed.py:22:<module>','\n',char(10)));
INSERT INTO sites VALUES(47244640271,'/home/user/project/examples/cross_loop_future_fixed.py',22,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/cross_loop_future_fixed.py:22:<module>','\n',char(10)));
INSERT INTO sites VALUES(47244640272,'/home/user/project/examples/cross_loop_future_fixed.py',25,'<module>','/home/user/project/examples/cross_loop_future_fixed.py:25:<module>');
INSERT INTO sites VALUES(51539607553,'/home/user/project/examples/cross_thread_call.py',22,'<module>','/home/user/project/examples/cross_thread_call.py:22:<module>');
INSERT INTO sites VALUES(51539607558,'/home/user/project/examples/cross_thread_call.py',9,'produce',replace('/home/user/project/examples/cross_thread_call.py:9:produce\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:982:run\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:1045:_bootstrap_inner\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:1002:_bootstrap','\n',char(10)));
INSERT INTO sites VALUES(51539607562,'/home/user/project/examples/cross_thread_call.py',22,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/cross_thread_call.py:22:<module>','\n',char(10)));
INSERT INTO sites VALUES(51539607564,'/home/user/project/examples/cross_thread_call.py',22,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/cross_thread_call.py:22:<module>','\n',char(10)));
INSERT INTO sites VALUES(55834574849,'/home/user/project/examples/cross_thread_call_fixed.py',20,'<module>','/home/user/project/examples/cross_thread_call_fixed.py:20:<module>');
INSERT INTO sites VALUES(55834574856,'/home/user/project/examples/cross_thread_call_fixed.py',20,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/cross_thread_call_fixed.py:20:<module>','\n',char(10)));
INSERT INTO sites VALUES(55834574858,'/home/user/project/examples/cross_thread_call_fixed.py',20,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/cross_thread_call_fixed.py:20:<module>','\n',char(10)));
INSERT INTO sites VALUES(60129542145,'/home/user/project/examples/exception_never_retrieved.py',16,'<module>','/home/user/project/examples/exception_never_retrieved.py:16:<module>');
INSERT INTO sites VALUES(60129542151,'/home/user/project/examples/exception_never_retrieved.py',11,'main',replace('/home/user/project/examples/exception_never_retrieved.py:11:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(60129542152,'/home/user/project/examples/exception_never_retrieved.py',7,'fetch','/home/user/project/examples/exception_never_retrieved.py:7:fetch');
INSERT INTO sites VALUES(60129542155,'/home/user/project/examples/exception_never_retrieved.py',16,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/exception_never_retrieved.py:16:<module>','\n',char(10)));
INSERT INTO sites VALUES(60129542157,'/home/user/project/examples/exception_never_retrieved.py',16,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/exception_never_retrieved.py:16:<module>','\n',char(10)));
INSERT INTO sites VALUES(64424509441,'/home/user/project/examples/exception_never_retrieved_fixed.py',17,'<module>','/home/user/project/examples/exception_never_retrieved_fixed.py:17:<module>');
INSERT INTO sites VALUES(64424509447,'/home/user/project/examples/exception_never_retrieved_fixed.py',10,'main',replace('/home/user/project/examples/exception_never_retrieved_fixed.py:10:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(64424509450,'/home/user/project/examples/exception_never_retrieved_fixed.py',17,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/exception_never_retrieved_fixed.py:17:<module>','\n',char(10)));
INSERT INTO sites VALUES(64424509452,'/home/user/project/examples/exception_never_retrieved_fixed.py',17,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/exception_never_retrieved_fixed.py:17:<module>','\n',char(10)));
INSERT INTO sites VALUES(68719476737,'/home/user/project/examples/leaked_coroutine.py',15,'<module>','/home/user/project/examples/leaked_coroutine.py:15:<module>');
INSERT INTO sites VALUES(68719476742,'/home/user/project/examples/leaked_coroutine.py',11,'main','/home/user/project/examples/leaked_coroutine.py:11:main');
INSERT INTO sites VALUES(68719476743,'/home/user/project/examples/leaked_coroutine.py',5,'save','/home/user/project/examples/leaked_coroutine.py:5:save');
INSERT INTO sites VALUES(68719476746,'/home/user/project/examples/leaked_coroutine.py',15,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/leaked_coroutine.py:15:<module>','\n',char(10)));
INSERT INTO sites VALUES(68719476748,'/home/user/project/examples/leaked_coroutine.py',15,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/leaked_coroutine.py:15:<module>','\n',char(10)));
INSERT INTO sites VALUES(73014444033,'/home/user/project/examples/leaked_coroutine_fixed.py',15,'<module>','/home/user/project/examples/leaked_coroutine_fixed.py:15:<module>');
INSERT INTO sites VALUES(73014444040,'/home/user/project/examples/leaked_coroutine_fixed.py',15,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/leaked_coroutine_fixed.py:15:<module>','\n',char(10)));
INSERT INTO sites VALUES(73014444042,'/home/user/project/examples/leaked_coroutine_fixed.py',15,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/leaked_coroutine_fixed.py:15:<module>','\n',char(10)));
INSERT INTO sites VALUES(77309411330,'/home/user/project/examples/pending_at_close.py',11,'<module>','/home/user/project/examples/pending_at_close.py:11:<module>');
INSERT INTO sites VALUES(77309411334,'/home/user/project/examples/pending_at_close.py',12,'<module>','/home/user/project/examples/pending_at_close.py:12:<module>');
INSERT INTO sites VALUES(77309411335,'/home/user/project/examples/pending_at_close.py',7,'poll','/home/user/project/examples/pending_at_close.py:7:poll');
INSERT INTO sites VALUES(77309411337,'/home/user/project/examples/pending_at_close.py',7,'poll',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/tasks.py:649:sleep\n/home/user/project/examples/pending_at_close.py:7:poll','\n',char(10)));
INSERT INTO sites VALUES(77309411338,'/home/user/project/examples/pending_at_close.py',13,'<module>','/home/user/project/examples/pending_at_close.py:13:<module>');
INSERT INTO sites VALUES(81604378625,'/home/user/project/examples/pending_at_close_fixed.py',19,'<module>','/home/user/project/examples/pending_at_close_fixed.py:19:<module>');
INSERT INTO sites VALUES(81604378631,'/home/user/project/examples/pending_at_close_fixed.py',13,'main',replace('/home/user/project/examples/pending_at_close_fixed.py:13:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(81604378634,'/home/user/project/examples/pending_at_close_fixed.py',19,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/pending_at_close_fixed.py:19:<module>','\n',char(10)));
INSERT INTO sites VALUES(81604378636,'/home/user/project/examples/pending_at_close_fixed.py',19,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/pending_at_close_fixed.py:19:<module>','\n',char(10)));
INSERT INTO sites VALUES(85899345921,'/home/user/project/examples/task_destroyed_pending.py',18,'<module>','/home/user/project/examples/task_destroyed_pending.py:18:<module>');
INSERT INTO sites VALUES(85899345927,'/home/user/project/examples/task_destroyed_pending.py',12,'main',replace('/home/user/project/examples/task_destroyed_pending.py:12:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(85899345928,'/home/user/project/examples/task_destroyed_pending.py',14,'main',replace('/home/user/project/examples/task_destroyed_pending.py:14:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(85899345931,'/home/user/project/examples/task_destroyed_pending.py',18,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/task_destroyed_pending.py:18:<module>','\n',char(10)));
INSERT INTO sites VALUES(85899345933,'/home/user/project/examples/task_destroyed_pending.py',18,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/task_destroyed_pending.py:18:<module>','\n',char(10)));
INSERT INTO sites VALUES(90194313217,'/home/user/project/examples/task_destroyed_pending_fixed.py',25,'<module>','/home/user/project/examples/task_destroyed_pending_fixed.py:25:<module>');
INSERT INTO sites VALUES(90194313223,'/home/user/project/examples/task_destroyed_pending_fixed.py',14,'main',replace('/home/user/project/examples/task_destroyed_pending_fixed.py:14:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(90194313224,'/home/user/project/examples/task_destroyed_pending_fixed.py',20,'main','/home/user/project/examples/task_destroyed_pending_fixed.py:20:main');
INSERT INTO sites VALUES(90194313227,'/home/user/project/examples/task_destroyed_pending_fixed.py',25,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/task_destroyed_pending_fixed.py:25:<module>','\n',char(10)));
INSERT INTO sites VALUES(90194313229,'/home/user/project/examples/task_destroyed_pending_fixed.py',25,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/task_destroyed_pending_fixed.py:25:<module>','\n',char(10)));
INSERT INTO sites VALUES(94489280513,'/home/user/project/examples/task_left_running.py',16,'<module>','/home/user/project/examples/task_left_running.py:16:<module>');
INSERT INTO sites VALUES(94489280519,'/home/user/project/examples/task_left_running.py',12,'main',replace('/home/user/project/examples/task_left_running.py:12:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(94489280520,'/home/user/project/examples/task_left_running.py',7,'send_metrics','/home/user/project/examples/task_left_running.py:7:send_metrics');
INSERT INTO sites VALUES(94489280522,'/home/user/project/examples/task_left_running.py',7,'send_metrics',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/tasks.py:649:sleep\n/home/user/project/examples/task_left_running.py:7:send_metrics','\n',char(10)));
INSERT INTO sites VALUES(94489280524,'/home/user/project/examples/task_left_running.py',16,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:199:_cancel_all_tasks\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:71:close\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:63:__exit__\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:189:run\n/home/user/project/examples/task_left_running.py:16:<module>','\n',char(10)));
INSERT INTO sites VALUES(94489280526,'/home/user/project/examples/task_left_running.py',16,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/task_left_running.py:16:<module>','\n',char(10)));
INSERT INTO sites VALUES(94489280528,'/home/user/project/examples/task_left_running.py',16,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/task_left_running.py:16:<module>','\n',char(10)));
INSERT INTO sites VALUES(98784247809,'/home/user/project/examples/task_left_running_fixed.py',16,'<module>','/home/user/project/examples/task_left_running_fixed.py:16:<module>');
INSERT INTO sites VALUES(98784247815,'/home/user/project/examples/task_left_running_fixed.py',11,'main',replace('/home/user/project/examples/task_left_running_fixed.py:11:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(98784247818,'/home/user/project/examples/task_left_running_fixed.py',16,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/task_left_running_fixed.py:16:<module>','\n',char(10)));
INSERT INTO sites VALUES(98784247820,'/home/user/project/examples/task_left_running_fixed.py',16,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/task_left_running_fixed.py:16:<module>','\n',char(10)));
INSERT INTO sites VALUES(103079215105,'/home/user/project/examples/transport_left_open.py',25,'<module>','/home/user/project/examples/transport_left_open.py:25:<module>');
INSERT INTO sites VALUES(103079215111,'/home/user/project/examples/transport_left_open.py',15,'main',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1488:<listcomp>\n/home/user/project/examples/transport_left_open.py:15:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete','\n',char(10)));
INSERT INTO sites VALUES(103079215112,'/home/user/project/examples/transport_left_open.py',15,'main',replace('/home/user/project/examples/transport_left_open.py:15:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(103079215114,'/home/user/project/examples/transport_left_open.py',25,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/selector_events.py:195:_accept_connection\n/home/user/project/examples/transport_left_open.py:25:<module>','\n',char(10)));
INSERT INTO sites VALUES(103079215115,'/home/user/project/examples/transport_left_open.py',17,'main',replace('/home/user/project/examples/transport_left_open.py:17:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(103079215117,'/home/user/project/examples/transport_left_open.py',25,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/streams.py:245:connection_made\n/home/user/project/examples/transport_left_open.py:25:<module>','\n',char(10)));
INSERT INTO sites VALUES(103079215120,'/home/user/project/examples/transport_left_open.py',25,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/transport_left_open.py:25:<module>','\n',char(10)));
INSERT INTO sites VALUES(103079215122,'/home/user/project/examples/transport_left_open.py',25,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/transport_left_open.py:25:<module>','\n',char(10)));
INSERT INTO sites VALUES(107374182401,'/home/user/project/examples/transport_left_open_fixed.py',27,'<module>','/home/user/project/examples/transport_left_open_fixed.py:27:<module>');
INSERT INTO sites VALUES(107374182407,'/home/user/project/examples/transport_left_open_fixed.py',14,'main',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1488:<listcomp>\n/home/user/project/examples/transport_left_open_fixed.py:14:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete','\n',char(10)));
INSERT INTO sites VALUES(107374182408,'/home/user/project/examples/transport_left_open_fixed.py',14,'main',replace('/home/user/project/examples/transport_left_open_fixed.py:14:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(107374182410,'/home/user/project/examples/transport_left_open_fixed.py',27,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/selector_events.py:195:_accept_connection\n/home/user/project/examples/transport_left_open_fixed.py:27:<module>','\n',char(10)));
INSERT INTO sites VALUES(107374182411,'/home/user/project/examples/transport_left_open_fixed.py',16,'main',replace('/home/user/project/examples/transport_left_open_fixed.py:16:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(107374182413,'/home/user/project/examples/transport_left_open_fixed.py',27,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/streams.py:245:connection_made\n/home/user/project/examples/transport_left_open_fixed.py:27:<module>','\n',char(10)));
INSERT INTO sites VALUES(107374182416,'/home/user/project/examples/transport_left_open_fixed.py',27,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/transport_left_open_fixed.py:27:<module>','\n',char(10)));
INSERT INTO sites VALUES(107374182418,'/home/user/project/examples/transport_left_open_fixed.py',27,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/transport_left_open_fixed.py:27:<module>','\n',char(10)));
CREATE TABLE loops (
    id         INTEGER PRIMARY KEY,      -- (process << 32) | serial
    process_id INTEGER NOT NULL,
    class_name TEXT NOT NULL,            -- e.g. "_UnixSelectorEventLoop", "Loop" (uvloop)
    thread_id  INTEGER,                  -- threads.id of the thread that created it
    site_id    INTEGER,                  -- sites.id of the user code that created it
    test_id    INTEGER,                  -- tests.id current at creation
    created_ns INTEGER NOT NULL
);
INSERT INTO loops VALUES(8589934596,2,'_UnixSelectorEventLoop',8589934595,8589934593,NULL,24609215426497);
INSERT INTO loops VALUES(12884901892,3,'_UnixSelectorEventLoop',12884901891,12884901889,NULL,24609438034191);
INSERT INTO loops VALUES(17179869188,4,'_UnixSelectorEventLoop',17179869187,17179869185,NULL,24609604325105);
INSERT INTO loops VALUES(21474836484,5,'_UnixSelectorEventLoop',21474836483,21474836481,NULL,24610220240116);
INSERT INTO loops VALUES(25769803780,6,'_UnixSelectorEventLoop',25769803779,25769803778,NULL,24610675564738);
INSERT INTO loops VALUES(30064771076,7,'_UnixSelectorEventLoop',30064771075,30064771074,NULL,24610864876045);
INSERT INTO loops VALUES(34359738372,8,'_UnixSelectorEventLoop',34359738371,34359738369,NULL,24611065346804);
INSERT INTO loops VALUES(38654705668,9,'_UnixSelectorEventLoop',38654705667,38654705665,NULL,24611229874415);
INSERT INTO loops VALUES(42949672964,10,'_UnixSelectorEventLoop',42949672963,42949672962,NULL,24611410103468);
INSERT INTO loops VALUES(42949672967,10,'_UnixSelectorEventLoop',42949672963,42949672965,NULL,24611410919816);
INSERT INTO loops VALUES(47244640257,11,'_UnixSelectorEventLoop',47244640258,47244640259,NULL,24611573488693);
INSERT INTO loops VALUES(47244640263,11,'_UnixSelectorEventLoop',47244640262,47244640260,NULL,24611573830668);
INSERT INTO loops VALUES(51539607556,12,'_UnixSelectorEventLoop',51539607555,51539607553,NULL,24611731798146);
INSERT INTO loops VALUES(55834574852,13,'_UnixSelectorEventLoop',55834574851,55834574849,NULL,24611887565972);
INSERT INTO loops VALUES(60129542148,14,'_UnixSelectorEventLoop',60129542147,60129542145,NULL,24612037297273);
INSERT INTO loops VALUES(64424509444,15,'_UnixSelectorEventLoop',64424509443,64424509441,NULL,24612197827847);
INSERT INTO loops VALUES(68719476740,16,'_UnixSelectorEventLoop',68719476739,68719476737,NULL,24612395155092);
INSERT INTO loops VALUES(73014444036,17,'_UnixSelectorEventLoop',73014444035,73014444033,NULL,24612566401960);
INSERT INTO loops VALUES(77309411332,18,'_UnixSelectorEventLoop',77309411331,77309411330,NULL,24612759551628);
INSERT INTO loops VALUES(81604378628,19,'_UnixSelectorEventLoop',81604378627,81604378625,NULL,24612945936048);
INSERT INTO loops VALUES(85899345924,20,'_UnixSelectorEventLoop',85899345923,85899345921,NULL,24613121284214);
INSERT INTO loops VALUES(90194313220,21,'_UnixSelectorEventLoop',90194313219,90194313217,NULL,24613289028743);
INSERT INTO loops VALUES(94489280516,22,'_UnixSelectorEventLoop',94489280515,94489280513,NULL,24613447391448);
INSERT INTO loops VALUES(98784247812,23,'_UnixSelectorEventLoop',98784247811,98784247809,NULL,24613597166243);
INSERT INTO loops VALUES(103079215108,24,'_UnixSelectorEventLoop',103079215107,103079215105,NULL,24613845414495);
INSERT INTO loops VALUES(107374182404,25,'_UnixSelectorEventLoop',107374182403,107374182401,NULL,24613995981010);
CREATE TABLE tasks (
    id             INTEGER PRIMARY KEY,  -- (process << 32) | serial
    process_id     INTEGER NOT NULL,
    loop_id        INTEGER,              -- loops.id
    parent_task_id INTEGER,              -- tasks.id of the task that was running when this one was made
    name           TEXT,                 -- task name at creation (see event task_renamed)
    coro_qualname  TEXT,                 -- qualified name of the coroutine the task runs
    site_id        INTEGER,              -- sites.id: the user code that created the coroutine/task
    thread_id      INTEGER,              -- threads.id of the creating thread
    test_id        INTEGER,              -- tests.id current at creation
    created_ns     INTEGER NOT NULL
);
INSERT INTO tasks VALUES(8589934597,2,8589934596,NULL,'Task-1','main',8589934593,8589934595,NULL,24609215843350);
INSERT INTO tasks VALUES(8589934600,2,8589934596,NULL,'Task-2','async_generator_athrow',8589934593,8589934595,NULL,24609216532573);
INSERT INTO tasks VALUES(8589934605,2,8589934596,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',8589934606,8589934595,NULL,24609217944124);
INSERT INTO tasks VALUES(8589934607,2,8589934596,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',8589934608,8589934595,NULL,24609218184275);
INSERT INTO tasks VALUES(12884901893,3,12884901892,NULL,'Task-1','main',12884901889,12884901891,NULL,24609438482468);
INSERT INTO tasks VALUES(12884901895,3,12884901892,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',12884901896,12884901891,NULL,24609439556836);
INSERT INTO tasks VALUES(12884901897,3,12884901892,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',12884901898,12884901891,NULL,24609439842693);
INSERT INTO tasks VALUES(17179869189,4,17179869188,NULL,'Task-1','main',17179869185,17179869187,NULL,24609604618323);
INSERT INTO tasks VALUES(17179869190,4,17179869188,17179869189,'Task-2','heartbeat',17179869191,17179869187,NULL,24609604890701);
INSERT INTO tasks VALUES(17179869194,4,17179869188,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',17179869195,17179869187,NULL,24610057205903);
INSERT INTO tasks VALUES(17179869196,4,17179869188,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',17179869197,17179869187,NULL,24610057399488);
INSERT INTO tasks VALUES(21474836485,5,21474836484,NULL,'Task-1','main',21474836481,21474836483,NULL,24610220537536);
INSERT INTO tasks VALUES(21474836486,5,21474836484,21474836485,'Task-2','heartbeat',21474836487,21474836483,NULL,24610220801413);
INSERT INTO tasks VALUES(21474836489,5,21474836484,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',21474836490,21474836483,NULL,24610523512101);
INSERT INTO tasks VALUES(21474836491,5,21474836484,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',21474836492,21474836483,NULL,24610523689331);
INSERT INTO tasks VALUES(25769803777,6,25769803780,NULL,'Task-1','heartbeat',25769803778,25769803779,NULL,24610675861759);
INSERT INTO tasks VALUES(25769803781,6,25769803780,NULL,'Task-2','sleep',25769803782,25769803779,NULL,24610675941403);
INSERT INTO tasks VALUES(30064771073,7,30064771076,NULL,'Task-1','heartbeat',30064771074,30064771075,NULL,24610865081121);
INSERT INTO tasks VALUES(30064771077,7,30064771076,NULL,'Task-2','sleep',30064771078,30064771075,NULL,24610865125632);
INSERT INTO tasks VALUES(34359738373,8,34359738372,NULL,'Task-1','connect',34359738369,34359738371,NULL,24611065663682);
INSERT INTO tasks VALUES(34359738375,8,34359738372,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',34359738376,34359738371,NULL,24611066385704);
INSERT INTO tasks VALUES(34359738377,8,34359738372,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',34359738378,34359738371,NULL,24611066575817);
INSERT INTO tasks VALUES(38654705669,9,38654705668,NULL,'Task-1','main',38654705665,38654705667,NULL,24611230217114);
INSERT INTO tasks VALUES(38654705671,9,38654705668,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',38654705672,38654705667,NULL,24611231079928);
INSERT INTO tasks VALUES(38654705673,9,38654705668,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',38654705674,38654705667,NULL,24611231334399);
INSERT INTO tasks VALUES(42949672961,10,42949672964,NULL,'Task-1','make_future',42949672962,42949672963,NULL,24611410295475);
INSERT INTO tasks VALUES(42949672968,10,42949672967,NULL,'Task-2','main',42949672965,42949672963,NULL,24611410954033);
INSERT INTO tasks VALUES(42949672971,10,42949672967,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',42949672972,42949672963,NULL,24611411418746);
INSERT INTO tasks VALUES(42949672973,10,42949672967,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',42949672974,42949672963,NULL,24611411589932);
INSERT INTO tasks VALUES(47244640264,11,47244640263,NULL,'Task-1','main',47244640260,47244640262,NULL,24611573881646);
INSERT INTO tasks VALUES(47244640265,11,47244640257,NULL,'Task-2','compute',47244640266,47244640258,NULL,24611574601293);
INSERT INTO tasks VALUES(47244640268,11,47244640263,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',47244640269,47244640262,NULL,24611575555345);
INSERT INTO tasks VALUES(47244640270,11,47244640263,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',47244640271,47244640262,NULL,24611575791274);
INSERT INTO tasks VALUES(51539607557,12,51539607556,NULL,'Task-1','main',51539607553,51539607555,NULL,24611732142523);
INSERT INTO tasks VALUES(51539607561,12,51539607556,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',51539607562,51539607555,NULL,24611733451613);
INSERT INTO tasks VALUES(51539607563,12,51539607556,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',51539607564,51539607555,NULL,24611733631496);
INSERT INTO tasks VALUES(55834574853,13,55834574852,NULL,'Task-1','main',55834574849,55834574851,NULL,24611887843703);
INSERT INTO tasks VALUES(55834574855,13,55834574852,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',55834574856,55834574851,NULL,24611889173492);
INSERT INTO tasks VALUES(55834574857,13,55834574852,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',55834574858,55834574851,NULL,24611889356522);
INSERT INTO tasks VALUES(60129542149,14,60129542148,NULL,'Task-1','main',60129542145,60129542147,NULL,24612037562216);
INSERT INTO tasks VALUES(60129542150,14,60129542148,60129542149,'Task-2','fetch',60129542151,60129542147,NULL,24612037869420);
INSERT INTO tasks VALUES(60129542154,14,60129542148,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',60129542155,60129542147,NULL,24612049156420);
INSERT INTO tasks VALUES(60129542156,14,60129542148,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',60129542157,60129542147,NULL,24612049351638);
INSERT INTO tasks VALUES(64424509445,15,64424509444,NULL,'Task-1','main',64424509441,64424509443,NULL,24612198113286);
INSERT INTO tasks VALUES(64424509446,15,64424509444,64424509445,'Task-2','fetch',64424509447,64424509443,NULL,24612198378101);
INSERT INTO tasks VALUES(64424509449,15,64424509444,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',64424509450,64424509443,NULL,24612198946290);
INSERT INTO tasks VALUES(64424509451,15,64424509444,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',64424509452,64424509443,NULL,24612199114528);
INSERT INTO tasks VALUES(68719476741,16,68719476740,NULL,'Task-1','main',68719476737,68719476739,NULL,24612395691800);
INSERT INTO tasks VALUES(68719476745,16,68719476740,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',68719476746,68719476739,NULL,24612401620524);
INSERT INTO tasks VALUES(68719476747,16,68719476740,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',68719476748,68719476739,NULL,24612401938620);
INSERT INTO tasks VALUES(73014444037,17,73014444036,NULL,'Task-1','main',73014444033,73014444035,NULL,24612566677557);
INSERT INTO tasks VALUES(73014444039,17,73014444036,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',73014444040,73014444035,NULL,24612567366711);
INSERT INTO tasks VALUES(73014444041,17,73014444036,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',73014444042,73014444035,NULL,24612567545455);
INSERT INTO tasks VALUES(77309411329,18,77309411332,NULL,'Task-1','poll',77309411330,77309411331,NULL,24612759857506);
INSERT INTO tasks VALUES(77309411333,18,77309411332,NULL,'Task-2','sleep',77309411334,77309411331,NULL,24612759937735);
INSERT INTO tasks VALUES(81604378629,19,81604378628,NULL,'Task-1','main',81604378625,81604378627,NULL,24612946289144);
INSERT INTO tasks VALUES(81604378630,19,81604378628,81604378629,'Task-2','poll',81604378631,81604378627,NULL,24612946563419);
INSERT INTO tasks VALUES(81604378633,19,81604378628,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',81604378634,81604378627,NULL,24612978085835);
INSERT INTO tasks VALUES(81604378635,19,81604378628,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',81604378636,81604378627,NULL,24612978304422);
INSERT INTO tasks VALUES(85899345925,20,85899345924,NULL,'Task-1','main',85899345921,85899345923,NULL,24613121561910);
INSERT INTO tasks VALUES(85899345926,20,85899345924,85899345925,'Task-2','send_metrics',85899345927,85899345923,NULL,24613121829963);
INSERT INTO tasks VALUES(85899345930,20,85899345924,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',85899345931,85899345923,NULL,24613126715654);
INSERT INTO tasks VALUES(85899345932,20,85899345924,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',85899345933,85899345923,NULL,24613126909184);
INSERT INTO tasks VALUES(90194313221,21,90194313220,NULL,'Task-1','main',90194313217,90194313219,NULL,24613289328942);
INSERT INTO tasks VALUES(90194313222,21,90194313220,90194313221,'Task-2','send_metrics',90194313223,90194313219,NULL,24613289622144);
INSERT INTO tasks VALUES(90194313226,21,90194313220,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',90194313227,90194313219,NULL,24613295253683);
INSERT INTO tasks VALUES(90194313228,21,90194313220,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',90194313229,90194313219,NULL,24613295440349);
INSERT INTO tasks VALUES(94489280517,22,94489280516,NULL,'Task-1','main',94489280513,94489280515,NULL,24613447672848);
INSERT INTO tasks VALUES(94489280518,22,94489280516,94489280517,'Task-2','send_metrics',94489280519,94489280515,NULL,24613447950273);
INSERT INTO tasks VALUES(94489280525,22,94489280516,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',94489280526,94489280515,NULL,24613449200321);
INSERT INTO tasks VALUES(94489280527,22,94489280516,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',94489280528,94489280515,NULL,24613449355871);
INSERT INTO tasks VALUES(98784247813,23,98784247812,NULL,'Task-1','main',98784247809,98784247811,NULL,24613597456102);
INSERT INTO tasks VALUES(98784247814,23,98784247812,98784247813,'Task-2','send_metrics',98784247815,98784247811,NULL,24613597708005);
INSERT INTO tasks VALUES(98784247817,23,98784247812,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',98784247818,98784247811,NULL,24613698968480);
INSERT INTO tasks VALUES(98784247819,23,98784247812,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',98784247820,98784247811,NULL,24613699185759);
INSERT INTO tasks VALUES(103079215109,24,103079215108,NULL,'Task-1','main',103079215105,103079215107,NULL,24613845747686);
INSERT INTO tasks VALUES(103079215110,24,103079215108,103079215109,'Task-2','BaseEventLoop._create_server_getaddrinfo',103079215111,103079215107,NULL,24613845982313);
INSERT INTO tasks VALUES(103079215113,24,103079215108,NULL,'Task-3','BaseSelectorEventLoop._accept_connection2',103079215114,103079215107,NULL,24613846390051);
INSERT INTO tasks VALUES(103079215116,24,103079215108,NULL,'Task-4','echo',103079215117,103079215107,NULL,24613846601175);
INSERT INTO tasks VALUES(103079215119,24,103079215108,NULL,'Task-5','BaseEventLoop.shutdown_asyncgens',103079215120,103079215107,NULL,24613847255608);
INSERT INTO tasks VALUES(103079215121,24,103079215108,NULL,'Task-6','BaseEventLoop.shutdown_default_executor',103079215122,103079215107,NULL,24613847412499);
INSERT INTO tasks VALUES(107374182405,25,107374182404,NULL,'Task-1','main',107374182401,107374182403,NULL,24613996361864);
INSERT INTO tasks VALUES(107374182406,25,107374182404,107374182405,'Task-2','BaseEventLoop._create_server_getaddrinfo',107374182407,107374182403,NULL,24613996635951);
INSERT INTO tasks VALUES(107374182409,25,107374182404,NULL,'Task-3','BaseSelectorEventLoop._accept_connection2',107374182410,107374182403,NULL,24613997212267);
INSERT INTO tasks VALUES(107374182412,25,107374182404,NULL,'Task-4','echo',107374182413,107374182403,NULL,24613997430226);
INSERT INTO tasks VALUES(107374182415,25,107374182404,NULL,'Task-5','BaseEventLoop.shutdown_asyncgens',107374182416,107374182403,NULL,24613998118879);
INSERT INTO tasks VALUES(107374182417,25,107374182404,NULL,'Task-6','BaseEventLoop.shutdown_default_executor',107374182418,107374182403,NULL,24613998285246);
CREATE TABLE task_ends (
    task_id    INTEGER PRIMARY KEY,      -- tasks.id
    ts         INTEGER NOT NULL,         -- time.monotonic_ns() when it finished
    outcome    INTEGER NOT NULL,         -- 0 returned a result, 1 raised an exception, 2 was cancelled
    exception  TEXT                      -- qualified name of the exception's type when outcome = 1
);
INSERT INTO task_ends VALUES(8589934597,24609216437619,0,NULL);
INSERT INTO task_ends VALUES(8589934600,24609217535984,2,NULL);
INSERT INTO task_ends VALUES(8589934605,24609217992124,0,NULL);
INSERT INTO task_ends VALUES(8589934607,24609218216323,0,NULL);
INSERT INTO task_ends VALUES(12884901893,24609439051507,0,NULL);
INSERT INTO task_ends VALUES(12884901895,24609439609922,0,NULL);
INSERT INTO task_ends VALUES(12884901897,24609439879364,0,NULL);
INSERT INTO task_ends VALUES(17179869189,24610056711899,0,NULL);
INSERT INTO task_ends VALUES(17179869190,24610056645418,0,NULL);
INSERT INTO task_ends VALUES(17179869194,24610057244169,0,NULL);
INSERT INTO task_ends VALUES(17179869196,24610057419784,0,NULL);
INSERT INTO task_ends VALUES(21474836485,24610522893115,0,NULL);
INSERT INTO task_ends VALUES(21474836486,24610374990856,0,NULL);
INSERT INTO task_ends VALUES(21474836489,24610523552314,0,NULL);
INSERT INTO task_ends VALUES(21474836491,24610524466387,0,NULL);
INSERT INTO task_ends VALUES(25769803781,24610706954236,0,NULL);
INSERT INTO task_ends VALUES(30064771073,24610896816606,2,NULL);
INSERT INTO task_ends VALUES(30064771077,24610896262225,0,NULL);
INSERT INTO task_ends VALUES(34359738373,24611065920172,0,NULL);
INSERT INTO task_ends VALUES(34359738375,24611066424310,0,NULL);
INSERT INTO task_ends VALUES(34359738377,24611066600393,0,NULL);
INSERT INTO task_ends VALUES(38654705669,24611230541453,0,NULL);
INSERT INTO task_ends VALUES(38654705671,24611231124773,0,NULL);
INSERT INTO task_ends VALUES(38654705673,24611231388719,0,NULL);
INSERT INTO task_ends VALUES(42949672961,24611410472278,0,NULL);
INSERT INTO task_ends VALUES(42949672968,24611411143915,0,NULL);
INSERT INTO task_ends VALUES(42949672971,24611411445233,0,NULL);
INSERT INTO task_ends VALUES(42949672973,24611411617569,0,NULL);
INSERT INTO task_ends VALUES(47244640264,24611574976552,0,NULL);
INSERT INTO task_ends VALUES(47244640265,24611574674149,0,NULL);
INSERT INTO task_ends VALUES(47244640268,24611575599320,0,NULL);
INSERT INTO task_ends VALUES(47244640270,24611575822657,0,NULL);
INSERT INTO task_ends VALUES(51539607557,24611732986782,0,NULL);
INSERT INTO task_ends VALUES(51539607561,24611733487127,0,NULL);
INSERT INTO task_ends VALUES(51539607563,24611733736279,0,NULL);
INSERT INTO task_ends VALUES(55834574853,24611888811722,0,NULL);
INSERT INTO task_ends VALUES(55834574855,24611889207203,0,NULL);
INSERT INTO task_ends VALUES(55834574857,24611889382755,0,NULL);
INSERT INTO task_ends VALUES(60129542149,24612048638327,0,NULL);
INSERT INTO task_ends VALUES(60129542150,24612037940792,1,'ConnectionError');
INSERT INTO task_ends VALUES(60129542154,24612049192998,0,NULL);
INSERT INTO task_ends VALUES(60129542156,24612049381089,0,NULL);
INSERT INTO task_ends VALUES(64424509445,24612198538211,0,NULL);
INSERT INTO task_ends VALUES(64424509446,24612198408566,1,'ConnectionError');
INSERT INTO task_ends VALUES(64424509449,24612198980588,0,NULL);
INSERT INTO task_ends VALUES(64424509451,24612199137148,0,NULL);
INSERT INTO task_ends VALUES(68719476741,24612401087589,0,NULL);
INSERT INTO task_ends VALUES(68719476745,24612401678461,0,NULL);
INSERT INTO task_ends VALUES(68719476747,24612401976613,0,NULL);
INSERT INTO task_ends VALUES(73014444037,24612566951734,0,NULL);
INSERT INTO task_ends VALUES(73014444039,24612567403268,0,NULL);
INSERT INTO task_ends VALUES(73014444041,24612567568113,0,NULL);
INSERT INTO task_ends VALUES(77309411333,24612791184342,0,NULL);
INSERT INTO task_ends VALUES(81604378629,24612977535185,0,NULL);
INSERT INTO task_ends VALUES(81604378630,24612977465330,0,NULL);
INSERT INTO task_ends VALUES(81604378633,24612978123636,0,NULL);
INSERT INTO task_ends VALUES(81604378635,24612978325285,0,NULL);
INSERT INTO task_ends VALUES(85899345925,24613126177830,0,NULL);
INSERT INTO task_ends VALUES(85899345930,24613126757860,0,NULL);
INSERT INTO task_ends VALUES(85899345932,24613126933480,0,NULL);
INSERT INTO task_ends VALUES(90194313221,24613294706004,0,NULL);
INSERT INTO task_ends VALUES(90194313222,24613294643423,2,NULL);
INSERT INTO task_ends VALUES(90194313226,24613295289249,0,NULL);
INSERT INTO task_ends VALUES(90194313228,24613295462787,0,NULL);
INSERT INTO task_ends VALUES(94489280517,24613447998341,0,NULL);
INSERT INTO task_ends VALUES(94489280518,24613448914144,2,NULL);
INSERT INTO task_ends VALUES(94489280525,24613449235732,0,NULL);
INSERT INTO task_ends VALUES(94489280527,24613449377689,0,NULL);
INSERT INTO task_ends VALUES(98784247813,24613698257486,0,NULL);
INSERT INTO task_ends VALUES(98784247814,24613698238609,0,NULL);
INSERT INTO task_ends VALUES(98784247817,24613699016333,0,NULL);
INSERT INTO task_ends VALUES(98784247819,24613699208852,0,NULL);
INSERT INTO task_ends VALUES(103079215109,24613846891673,0,NULL);
INSERT INTO task_ends VALUES(103079215110,24613846035144,0,NULL);
INSERT INTO task_ends VALUES(103079215113,24613846651915,0,NULL);
INSERT INTO task_ends VALUES(103079215116,24613846785812,0,NULL);
INSERT INTO task_ends VALUES(103079215119,24613847284012,0,NULL);
INSERT INTO task_ends VALUES(103079215121,24613847432231,0,NULL);
INSERT INTO task_ends VALUES(107374182405,24613997784794,0,NULL);
INSERT INTO task_ends VALUES(107374182406,24613996710962,0,NULL);
INSERT INTO task_ends VALUES(107374182409,24613997487477,0,NULL);
INSERT INTO task_ends VALUES(107374182412,24613997624377,0,NULL);
INSERT INTO task_ends VALUES(107374182415,24613998148634,0,NULL);
INSERT INTO task_ends VALUES(107374182417,24613998304220,0,NULL);
CREATE TABLE gaps (
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
    source     TEXT NOT NULL,            -- where: the hook or part of the recorder, e.g. "writer", "task_done"
    message    TEXT NOT NULL,            -- what happened, e.g. "recording stopped, cannot write ...: OSError: ..."
    test_id    INTEGER                   -- tests.id current when it happened
);
CREATE TABLE hooks (
    process_id INTEGER NOT NULL,         -- processes.id
    name       TEXT NOT NULL,            -- e.g. "BaseEventLoop.create_task", "sys.monitoring PY_THROW"
    mechanism  TEXT NOT NULL,            -- how it hooks, for people
    versions   TEXT NOT NULL,            -- the CPython versions it is meant for, e.g. "3.9+", "3.9-3.11"
    status     TEXT NOT NULL,            -- installed | failed | not_applicable (not meant for this version)
    rules      TEXT NOT NULL,            -- ids of the rules that need it, space-separated (may be empty)
    detail     TEXT,                     -- why it failed
    PRIMARY KEY (process_id, name)
);
INSERT INTO hooks VALUES(1,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(1,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(1,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(1,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(1,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(1,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(1,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(1,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(1,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(2,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(2,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(2,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(2,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(2,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(2,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(2,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(2,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(2,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(2,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(2,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(2,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(2,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(2,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(2,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(2,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(2,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(2,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(2,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(2,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(3,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(3,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(3,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(3,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(3,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(3,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(3,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(3,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(3,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(3,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(3,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(3,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(3,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(3,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(3,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(3,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(3,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(3,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(3,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(3,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(4,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(4,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(4,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(4,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(4,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(4,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(4,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(4,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(4,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(4,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(4,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(4,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(4,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(4,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(4,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(4,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(4,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(4,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(4,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(4,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(5,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(5,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(5,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(5,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(5,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(5,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(5,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(5,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(5,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(5,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(5,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(5,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(5,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(5,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(5,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(5,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(5,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(5,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(5,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(5,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(6,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(6,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(6,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(6,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(6,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(6,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(6,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(6,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(6,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(6,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(6,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(6,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(6,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(6,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(6,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(6,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(6,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(6,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(6,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(6,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(7,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(7,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(7,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(7,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(7,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(7,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(7,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(7,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(7,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(7,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(7,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(7,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(7,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(7,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(7,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(7,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(7,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(7,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(7,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(7,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(8,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(8,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(8,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(8,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(8,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(8,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(8,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(8,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(8,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(8,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(8,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(8,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(8,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(8,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(8,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(8,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(8,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(8,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(8,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(8,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(9,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(9,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(9,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(9,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(9,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(9,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(9,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(9,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(9,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(9,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(9,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(9,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(9,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(9,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(9,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(9,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(9,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(9,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(9,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(9,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(10,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(10,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(10,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(10,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(10,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(10,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(10,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(10,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(10,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(10,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(10,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(10,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(10,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(10,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(10,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(10,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(10,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(10,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(10,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(10,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(11,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(11,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(11,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(11,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(11,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(11,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(11,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(11,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(11,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(11,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(11,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(11,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(11,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(11,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(11,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(11,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(11,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(11,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(11,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(11,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(12,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(12,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(12,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(12,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(12,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(12,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(12,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(12,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(12,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(12,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(12,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(12,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(12,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(12,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(12,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(12,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(12,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(12,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(12,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(12,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(13,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(13,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(13,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(13,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(13,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(13,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(13,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(13,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(13,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(13,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(13,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(13,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(13,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(13,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(13,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(13,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(13,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(13,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(13,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(13,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(14,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(14,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(14,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(14,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(14,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(14,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(14,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(14,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(14,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(14,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(14,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(14,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(14,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(14,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(14,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(14,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(14,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(14,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(14,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(14,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(15,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(15,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(15,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(15,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(15,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(15,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(15,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(15,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(15,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(15,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(15,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(15,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(15,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(15,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(15,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(15,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(15,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(15,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(15,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(15,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(16,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(16,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(16,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(16,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(16,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(16,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(16,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(16,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(16,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(16,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(16,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(16,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(16,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(16,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(16,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(16,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(16,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(16,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(16,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(16,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(17,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(17,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(17,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(17,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(17,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(17,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(17,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(17,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(17,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(17,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(17,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(17,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(17,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(17,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(17,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(17,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(17,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(17,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(17,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(17,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(18,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(18,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(18,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(18,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(18,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(18,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(18,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(18,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(18,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(18,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(18,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(18,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(18,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(18,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(18,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(18,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(18,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(18,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(18,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(18,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(19,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(19,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(19,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(19,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(19,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(19,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(19,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(19,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(19,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(19,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(19,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(19,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(19,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(19,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(19,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(19,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(19,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(19,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(19,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(19,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(20,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(20,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(20,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(20,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(20,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(20,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(20,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(20,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(20,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(20,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(20,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(20,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(20,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(20,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(20,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(20,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(20,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(20,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(20,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(20,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(21,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(21,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(21,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(21,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(21,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(21,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(21,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(21,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(21,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(21,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(21,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(21,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(21,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(21,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(21,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(21,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(21,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(21,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(21,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(21,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(22,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(22,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(22,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(22,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(22,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(22,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(22,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(22,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(22,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(22,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(22,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(22,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(22,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(22,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(22,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(22,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(22,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(22,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(22,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(22,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(23,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(23,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(23,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(23,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(23,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(23,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(23,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(23,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(23,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(23,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(23,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(23,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(23,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(23,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(23,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(23,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(23,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(23,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(23,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(23,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(24,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(24,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(24,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(24,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(24,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(24,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(24,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(24,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(24,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(24,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(24,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(24,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(24,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(24,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(24,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(24,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(24,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(24,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(24,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(24,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(25,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','not_applicable','','not built, the pure-Python hooks instead: No module named ''asynctrace._speedups''');
INSERT INTO hooks VALUES(25,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(25,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(25,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(25,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(25,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(25,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(25,'signal relays','signal.signal and signal.getsignal wrapped: SIGTERM, SIGINT and SIGALRM reach the program''s handler (or their default action) through a relay that takes a snapshot of the waiting tasks first','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(25,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(25,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(25,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(25,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(25,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(25,'BaseTransport.__init__','recompiled from asyncio''s source: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(25,'Server.__init__','recompiled from asyncio''s source: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts and when the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(25,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(25,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(25,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(25,'asyncio.Lock owners','recompiled from asyncio''s source: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(25,'asyncio primitives made','recompiled from asyncio''s source: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(1,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(1,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
CREATE TABLE event_kinds (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL
);
INSERT INTO event_kinds VALUES(1,'loop_created','a loop was constructed; site_id = creator, detail = class name');
INSERT INTO event_kinds VALUES(2,'loop_run_start','run_forever began on thread_id');
INSERT INTO event_kinds VALUES(3,'loop_run_stop','run_forever returned');
INSERT INTO event_kinds VALUES(4,'loop_closed','close() ran; site_id = the program line that closed it (an asyncio.run, say); arg = number of tasks still pending (see task_pending_at_close)');
INSERT INTO event_kinds VALUES(5,'multiprocessing_worker','this process is a multiprocessing child, which Pool.terminate() may kill between tasks: only such a process that never closed its trace reads as complete when all its loops closed');
INSERT INTO event_kinds VALUES(12,'task_cancel_requested','cancel() called on task_id (also on a task already failed: that cancel() silences its exception); ref_id = calling task, site_id = the call, its stack from the direct caller, arg = 1 if the recorder takes the caller for asyncio or a library (TaskGroup, timeout, asyncio.run, anyio; the analyzer decides itself from the stack), detail = msg; site_id NULL: the request was only observed later');
INSERT INTO event_kinds VALUES(13,'task_pending_at_close','task_id was pending when loop_id closed; site_id = the line it was suspended at; arg = 1 if a cancel was requested; detail = name');
INSERT INTO event_kinds VALUES(14,'task_destroyed_pending','task_id was garbage-collected while pending; site_id = the line it was suspended at; ref_id = sites.id of the line running when it was collected; arg = 0 loop running, 1 loop stopped, 2 loop closed; detail = name');
INSERT INTO event_kinds VALUES(15,'exception_never_retrieved','a failed task (task_id) or future (ref_id) was collected or left at exit with its exception never retrieved; site_id = where the exception was raised (innermost program frame); detail = "Type: message"; arg = why CPython said nothing: NULL it did report it (or the process exited first), 1 a cancel() on the failed task cleared its report, 2 gather() discarded it (another child had failed first)');
INSERT INTO event_kinds VALUES(16,'task_cancel_swallowed','task_id finished without being cancelled although a cancel was requested and not withdrawn (whoever requested it)');
INSERT INTO event_kinds VALUES(17,'task_pending_at_exit','task_id was still pending when the process exited and its loop was never closed; site_id = the line it was suspended at; arg = 1 if a cancel was requested');
INSERT INTO event_kinds VALUES(18,'task_renamed','task_id carried another name when it finished; detail = the name');
INSERT INTO event_kinds VALUES(19,'task_alive_at_scope_end','task_id was still pending when the scope ref_id (scopes.id) ended, and was made after that scope began (in it, or in a scope inside it); site_id = the line it was suspended at; arg = 1 if a cancel was requested');
INSERT INTO event_kinds VALUES(20,'coroutine_never_awaited','a coroutine was never awaited nor scheduled; ref_id = sites.id of its async def (first line), site_id = where it was created, detail = qualname, arg = 0 collected, 1 alive at exit; test_id = the test during which it was made when the recorder saw it then (between two tests it looks at the young objects), else the test running when it was collected');
INSERT INTO event_kinds VALUES(30,'cross_loop_await','a future/task/primitive bound to another loop was awaited or used by task_id on loop_id; site_id = the offending line; detail = the error text');
INSERT INTO event_kinds VALUES(31,'cross_thread_call','a non-thread-safe API of loop_id (detail) was called from thread_id while the loop ran on another thread; site_id = the caller');
INSERT INTO event_kinds VALUES(32,'closed_loop_call','a call that needs loop_id (detail: call_soon, create_task, _add_writer, ...; "X.__del__ -> call_soon" from a finalizer) was made after the loop closed ("Event loop is closed"); site_id = the caller, ref_id = sites.id of where the transport or server that made the call was created, arg = 1 from a __del__');
INSERT INTO event_kinds VALUES(33,'transport_left_open','a transport or server of loop_id was still open when the loop closed; site_id = where it was created (an accepted connection: where its server was), detail = class name');
INSERT INTO event_kinds VALUES(34,'asyncgen_finalized','an async generator iterated but neither exhausted nor closed by the program was finalized; site_id = the line that first iterated it, ref_id = sites.id of what ran when it was finalized, arg = 0 by the garbage collector (the loop''s finalizer hook), 1 by shutdown_asyncgens(); detail = qualname');
INSERT INTO event_kinds VALUES(35,'loop_blocked','one iteration of loop_id ran callbacks for longer than the recorder''s threshold (ASYNCTRACE_SLOW_MS, default 100); thread_id = the loop''s thread, task_id = the task it was running, site_id = the program line it was stuck at (its stack), arg = milliseconds held (at least), detail = the task or callback');
CREATE TABLE events (
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
INSERT INTO events VALUES(1,24609215428923,1,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(2,24609215953786,2,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(3,24609216347351,34,2,8589934595,NULL,NULL,NULL,8589934598,8589934599,0,'ticks');
INSERT INTO events VALUES(4,24609216616915,3,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(5,24609217307444,19,2,8589934595,8589934596,8589934600,NULL,NULL,8589934594,0,NULL);
INSERT INTO events VALUES(6,24609217446190,12,2,8589934595,NULL,8589934600,NULL,8589934604,NULL,1,NULL);
INSERT INTO events VALUES(7,24609217490104,2,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(8,24609217584390,3,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(9,24609217967130,2,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(10,24609218012121,3,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(11,24609218199050,2,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(12,24609218235763,3,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(13,24609218454038,4,2,8589934595,8589934596,NULL,NULL,8589934593,NULL,0,NULL);
INSERT INTO events VALUES(14,24609438037322,1,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(15,24609438596804,2,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(16,24609439096618,3,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(17,24609439577946,2,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(18,24609439631186,3,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(19,24609439856624,2,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(20,24609439907450,3,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(21,24609440253231,4,3,12884901891,12884901892,NULL,NULL,12884901889,NULL,0,NULL);
INSERT INTO events VALUES(22,24609604326900,1,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(23,24609604694151,2,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(24,24609908596941,35,4,17179869187,17179869188,17179869189,NULL,17179869192,NULL,303,'task Task-1 (main)');
INSERT INTO events VALUES(25,24610056750219,3,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(26,24610057224330,2,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(27,24610057257990,3,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(28,24610057409225,2,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(29,24610057433835,3,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(30,24610057606498,4,4,17179869187,17179869188,NULL,NULL,17179869185,NULL,0,NULL);
INSERT INTO events VALUES(31,24610220242002,1,5,21474836483,21474836484,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(32,24610220610110,2,5,21474836483,21474836484,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(33,24610523279635,3,5,21474836483,21474836484,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(34,24610523533143,2,5,21474836483,21474836484,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(35,24610523565639,3,5,21474836483,21474836484,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(36,24610523698635,2,5,21474836483,21474836484,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(37,24610524493683,3,5,21474836483,21474836484,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(38,24610524765418,4,5,21474836483,21474836484,NULL,NULL,21474836481,NULL,0,NULL);
INSERT INTO events VALUES(39,24610675566457,1,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(40,24610675967549,2,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(41,24610707019562,3,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(42,24610707444004,12,6,25769803779,NULL,25769803777,NULL,25769803783,NULL,0,NULL);
INSERT INTO events VALUES(43,24610707584687,13,6,25769803779,25769803780,25769803777,NULL,25769803784,NULL,1,'Task-1');
INSERT INTO events VALUES(44,24610707669944,4,6,25769803779,25769803780,NULL,NULL,25769803787,NULL,1,NULL);
INSERT INTO events VALUES(45,24610864878138,1,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(46,24610865143225,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(47,24610896331448,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(48,24610896734239,12,7,30064771075,NULL,30064771073,NULL,30064771079,NULL,0,NULL);
INSERT INTO events VALUES(49,24610896786825,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(50,24610896840983,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(51,24610897039776,4,7,30064771075,30064771076,NULL,NULL,30064771080,NULL,0,NULL);
INSERT INTO events VALUES(52,24611065348846,1,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(53,24611065738248,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(54,24611065943738,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(55,24611066400704,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(56,24611066443245,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(57,24611066584711,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(58,24611066613087,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(59,24611066758544,4,8,34359738371,34359738372,NULL,NULL,34359738369,NULL,0,NULL);
INSERT INTO events VALUES(60,24611066830609,32,8,34359738371,34359738372,NULL,NULL,34359738379,NULL,0,'call_soon');
INSERT INTO events VALUES(61,24611229876269,1,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(62,24611230320129,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(63,24611230580850,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(64,24611231095277,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(65,24611231139835,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(66,24611231348490,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(67,24611231412782,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(68,24611231610336,4,9,38654705667,38654705668,NULL,NULL,38654705665,NULL,0,NULL);
INSERT INTO events VALUES(69,24611410105141,1,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(70,24611410315703,2,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(71,24611410493959,3,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(72,24611410920950,1,10,42949672963,42949672967,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(73,24611411014627,2,10,42949672963,42949672967,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(74,24611411089757,30,10,42949672963,42949672967,42949672968,NULL,42949672969,42949672964,NULL,'Task <Task pending name=''Task-2'' coro=<main() running at /home/user/project/examples/cross_loop_future.py:15> cb=[_run_until_complete_cb() at /root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:180]> got Future <Future pending> attached to a different loop');
INSERT INTO events VALUES(75,24611411166733,3,10,42949672963,42949672967,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(76,24611411430362,2,10,42949672963,42949672967,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(77,24611411457858,3,10,42949672963,42949672967,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(78,24611411601762,2,10,42949672963,42949672967,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(79,24611411631776,3,10,42949672963,42949672967,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(80,24611411760784,4,10,42949672963,42949672967,NULL,NULL,42949672965,NULL,0,NULL);
INSERT INTO events VALUES(81,24611411849559,4,10,42949672963,42949672964,NULL,NULL,42949672975,NULL,0,NULL);
INSERT INTO events VALUES(82,24611573490866,1,11,47244640258,47244640257,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(83,24611573832400,1,11,47244640262,47244640263,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(84,24611573949698,2,11,47244640262,47244640263,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(85,24611574515987,2,11,47244640258,47244640257,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(86,24611575012377,3,11,47244640262,47244640263,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(87,24611575574463,2,11,47244640262,47244640263,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(88,24611575615989,3,11,47244640262,47244640263,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(89,24611575805482,2,11,47244640262,47244640263,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(90,24611575840420,3,11,47244640262,47244640263,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(91,24611576133713,4,11,47244640262,47244640263,NULL,NULL,47244640260,NULL,0,NULL);
INSERT INTO events VALUES(92,24611576372474,3,11,47244640258,47244640257,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(93,24611576691820,4,11,47244640262,47244640257,NULL,NULL,47244640272,NULL,0,NULL);
INSERT INTO events VALUES(94,24611731799760,1,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(95,24611732235449,2,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(96,24611732813461,31,12,51539607559,51539607556,NULL,NULL,51539607558,NULL,NULL,'Future.set_result');
INSERT INTO events VALUES(97,24611733054746,3,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(98,24611733466339,2,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(99,24611733503578,3,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(100,24611733640544,2,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(101,24611733755193,3,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(102,24611733913284,4,12,51539607555,51539607556,NULL,NULL,51539607553,NULL,0,NULL);
INSERT INTO events VALUES(103,24611887567596,1,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(104,24611887912655,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(105,24611888834253,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(106,24611889187529,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(107,24611889225690,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(108,24611889368609,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(109,24611889394581,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(110,24611889537405,4,13,55834574851,55834574852,NULL,NULL,55834574849,NULL,0,NULL);
INSERT INTO events VALUES(111,24612037299260,1,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(112,24612037649403,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(113,24612037975061,15,14,60129542147,60129542148,60129542150,NULL,60129542152,NULL,NULL,'ConnectionError: backend down');
INSERT INTO events VALUES(114,24612048676337,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(115,24612049170961,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(116,24612049208950,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(117,24612049363453,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(118,24612049397699,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(119,24612049555064,4,14,60129542147,60129542148,NULL,NULL,60129542145,NULL,0,NULL);
INSERT INTO events VALUES(120,24612197829719,1,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(121,24612198180369,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(122,24612198560831,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(123,24612198959388,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(124,24612198994851,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(125,24612199123101,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(126,24612199155831,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(127,24612199299061,4,15,64424509443,64424509444,NULL,NULL,64424509441,NULL,0,NULL);
INSERT INTO events VALUES(128,24612395157973,1,16,68719476739,68719476740,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(129,24612395808823,2,16,68719476739,68719476740,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(130,24612396276816,20,16,68719476739,NULL,NULL,NULL,68719476742,68719476743,0,'save');
INSERT INTO events VALUES(131,24612401122058,3,16,68719476739,68719476740,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(132,24612401644365,2,16,68719476739,68719476740,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(133,24612401712345,3,16,68719476739,68719476740,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(134,24612401955327,2,16,68719476739,68719476740,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(135,24612401999451,3,16,68719476739,68719476740,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(136,24612402235699,4,16,68719476739,68719476740,NULL,NULL,68719476737,NULL,0,NULL);
INSERT INTO events VALUES(137,24612566404138,1,17,73014444035,73014444036,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(138,24612566747343,2,17,73014444035,73014444036,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(139,24612566970802,3,17,73014444035,73014444036,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(140,24612567381495,2,17,73014444035,73014444036,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(141,24612567417128,3,17,73014444035,73014444036,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(142,24612567554171,2,17,73014444035,73014444036,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(143,24612567586580,3,17,73014444035,73014444036,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(144,24612567732051,4,17,73014444035,73014444036,NULL,NULL,73014444033,NULL,0,NULL);
INSERT INTO events VALUES(145,24612759554397,1,18,77309411331,77309411332,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(146,24612759964751,2,18,77309411331,77309411332,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(147,24612791268272,3,18,77309411331,77309411332,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(148,24612791915824,13,18,77309411331,77309411332,77309411329,NULL,77309411335,NULL,0,'Task-1');
INSERT INTO events VALUES(149,24612792157361,4,18,77309411331,77309411332,NULL,NULL,77309411338,NULL,1,NULL);
INSERT INTO events VALUES(150,24612945938163,1,19,81604378627,81604378628,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(151,24612946353690,2,19,81604378627,81604378628,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(152,24612977558903,3,19,81604378627,81604378628,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(153,24612978103451,2,19,81604378627,81604378628,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(154,24612978136634,3,19,81604378627,81604378628,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(155,24612978313694,2,19,81604378627,81604378628,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(156,24612978336201,3,19,81604378627,81604378628,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(157,24612978504848,4,19,81604378627,81604378628,NULL,NULL,81604378625,NULL,0,NULL);
INSERT INTO events VALUES(158,24613121285897,1,20,85899345923,85899345924,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(159,24613121629694,2,20,85899345923,85899345924,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(160,24613125904701,14,20,85899345923,85899345924,85899345926,NULL,NULL,85899345928,0,'Task-2');
INSERT INTO events VALUES(161,24613126224055,3,20,85899345923,85899345924,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(162,24613126729615,2,20,85899345923,85899345924,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(163,24613126773417,3,20,85899345923,85899345924,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(164,24613126918706,2,20,85899345923,85899345924,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(165,24613126950681,3,20,85899345923,85899345924,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(166,24613127097819,4,20,85899345923,85899345924,NULL,NULL,85899345921,NULL,0,NULL);
INSERT INTO events VALUES(167,24613289030617,1,21,90194313219,90194313220,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(168,24613289406260,2,21,90194313219,90194313220,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(169,24613294556944,12,21,90194313219,NULL,90194313222,NULL,90194313224,90194313221,0,NULL);
INSERT INTO events VALUES(170,24613294732024,3,21,90194313219,90194313220,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(171,24613295268412,2,21,90194313219,90194313220,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(172,24613295307838,3,21,90194313219,90194313220,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(173,24613295450752,2,21,90194313219,90194313220,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(174,24613295474354,3,21,90194313219,90194313220,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(175,24613295634286,4,21,90194313219,90194313220,NULL,NULL,90194313217,NULL,0,NULL);
INSERT INTO events VALUES(176,24613447393374,1,22,94489280515,94489280516,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(177,24613447748519,2,22,94489280515,94489280516,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(178,24613448065670,3,22,94489280515,94489280516,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(179,24613448680430,19,22,94489280515,94489280516,94489280518,NULL,94489280520,94489280514,0,NULL);
INSERT INTO events VALUES(180,24613448835054,12,22,94489280515,NULL,94489280518,NULL,94489280524,NULL,1,NULL);
INSERT INTO events VALUES(181,24613448869023,2,22,94489280515,94489280516,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(182,24613448945620,3,22,94489280515,94489280516,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(183,24613449216952,2,22,94489280515,94489280516,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(184,24613449255118,3,22,94489280515,94489280516,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(185,24613449365710,2,22,94489280515,94489280516,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(186,24613449392009,3,22,94489280515,94489280516,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(187,24613449572765,4,22,94489280515,94489280516,NULL,NULL,94489280513,NULL,0,NULL);
INSERT INTO events VALUES(188,24613597167861,1,23,98784247811,98784247812,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(189,24613597522985,2,23,98784247811,98784247812,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(190,24613698297977,3,23,98784247811,98784247812,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(191,24613698988397,2,23,98784247811,98784247812,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(192,24613699036597,3,23,98784247811,98784247812,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(193,24613699196960,2,23,98784247811,98784247812,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(194,24613699219868,3,23,98784247811,98784247812,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(195,24613699397585,4,23,98784247811,98784247812,NULL,NULL,98784247809,NULL,0,NULL);
INSERT INTO events VALUES(196,24613845416197,1,24,103079215107,103079215108,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(197,24613845821281,2,24,103079215107,103079215108,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(198,24613846929141,3,24,103079215107,103079215108,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(199,24613847268233,2,24,103079215107,103079215108,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(200,24613847295420,3,24,103079215107,103079215108,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(201,24613847421851,2,24,103079215107,103079215108,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(202,24613847442248,3,24,103079215107,103079215108,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(203,24613847555743,33,24,103079215107,103079215108,NULL,NULL,103079215115,NULL,NULL,'_SelectorSocketTransport');
INSERT INTO events VALUES(204,24613847565633,4,24,103079215107,103079215108,NULL,NULL,103079215105,NULL,0,NULL);
INSERT INTO events VALUES(205,24613995982720,1,25,107374182403,107374182404,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(206,24613996433590,2,25,107374182403,107374182404,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(207,24613997799905,3,25,107374182403,107374182404,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(208,24613998132704,2,25,107374182403,107374182404,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(209,24613998161215,3,25,107374182403,107374182404,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(210,24613998294124,2,25,107374182403,107374182404,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(211,24613998314011,3,25,107374182403,107374182404,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(212,24613998437211,4,25,107374182403,107374182404,NULL,NULL,107374182401,NULL,0,NULL);
CREATE INDEX events_by_kind ON events (kind, task_id);
COMMIT;
PRAGMA user_version = 5;
