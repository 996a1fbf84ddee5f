-- A trace of schema version 7: examples/all.py recorded by the recorder of that version (paths under /home/user/project).
-- Both test suites read it: see schema/README.md, Versioning.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,     -- schema_version, recorder_version, created_wall_ns
    value TEXT NOT NULL
);
INSERT INTO meta VALUES('schema_version','7');
INSERT INTO meta VALUES('recorder_version','0.1.0');
INSERT INTO meta VALUES('created_wall_ns','1796661333518235243');
CREATE TABLE runs (
    id            INTEGER PRIMARY KEY,
    host          TEXT,                  -- the machine's network name (os.uname().nodename)
    ci_job        TEXT,                  -- the CI job that recorded it, when its environment says, e.g.
                                         -- "github 7123456789/1 test" (run id/attempt job), "gitlab 4242"
    start_wall_ns INTEGER NOT NULL,      -- time.time_ns() when its first process began recording
    argv          TEXT,                  -- the first process's command line, a JSON array
    source        TEXT                   -- the trace file it was combined from; NULL where it was recorded
);
INSERT INTO runs VALUES(1,'vm',NULL,1796661333518235243,'["/root/.pyenv/versions/3.11.7/bin/python3", "examples/all.py"]',NULL);
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
    end_mono_ns    INTEGER,              -- time.monotonic_ns() at a clean exit; NULL if killed
    run_id         INTEGER,              -- runs.id of the recording it belongs to
    level          TEXT                  -- what it recorded of tasks: full (every task) or lean (see task_counts)
);
INSERT INTO processes VALUES(1,1931,1926,'["/root/.pyenv/versions/3.11.7/bin/python3", "examples/all.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661333518235243,2928484335621,2936407389399,1,'full');
INSERT INTO processes VALUES(2,1972,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/asyncgen_not_closed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661333604524727,2928570625665,2928634732108,1,'full');
INSERT INTO processes VALUES(3,1974,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/asyncgen_not_closed_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661333726923200,2928693023558,2928740230670,1,'full');
INSERT INTO processes VALUES(4,1976,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/blocking_callback.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661333831277632,2928797377806,2929295948859,1,'full');
INSERT INTO processes VALUES(5,1978,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/blocking_callback_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661334411196849,2929377297405,2929736171421,1,'full');
INSERT INTO processes VALUES(6,1982,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cancel_then_close.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661334852640372,2929818741441,2929914851958,1,'full');
INSERT INTO processes VALUES(7,1984,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cancel_then_close_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661335034147758,2930000248742,2930091478189,1,'full');
INSERT INTO processes VALUES(8,1986,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/closed_loop_call.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661335190483158,2930156583502,2930219075598,1,'full');
INSERT INTO processes VALUES(9,1988,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/closed_loop_call_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661335337958195,2930304059951,2930358608163,1,'full');
INSERT INTO processes VALUES(10,1990,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_loop_future.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661335470709569,2930436810145,2930502036981,1,'full');
INSERT INTO processes VALUES(11,1992,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_loop_future_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661335607747097,2930573847902,2930625984249,1,'full');
INSERT INTO processes VALUES(12,1995,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_thread_call.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661335728892472,2930694993199,2930746381028,1,'full');
INSERT INTO processes VALUES(13,1998,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_thread_call_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661335847870783,2930813970773,2930864292428,1,'full');
INSERT INTO processes VALUES(14,2001,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/deadlock.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661335960673965,2930926774062,2932478580336,1,'full');
INSERT INTO processes VALUES(15,2003,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/deadlock_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661337573355774,2932539455852,2932611146639,1,'full');
INSERT INTO processes VALUES(16,2005,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/exception_never_retrieved.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661337732303273,2932698403912,2932762140389,1,'full');
INSERT INTO processes VALUES(17,2007,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/exception_never_retrieved_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661337875074537,2932841174976,2932888651541,1,'full');
INSERT INTO processes VALUES(18,2009,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/leaked_coroutine.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661337982272816,2932948373415,2933001082945,1,'full');
INSERT INTO processes VALUES(19,2011,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/leaked_coroutine_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661338106748958,2933072848957,2933135873317,1,'full');
INSERT INTO processes VALUES(20,2013,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/pending_at_close.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661338253412085,2933219513046,2933323727558,1,'full');
INSERT INTO processes VALUES(21,2015,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/pending_at_close_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661338440483639,2933406584463,2933508617710,1,'full');
INSERT INTO processes VALUES(22,2017,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/stalled_await.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661338630340350,2933596440931,2935167161073,1,'full');
INSERT INTO processes VALUES(23,2019,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/stalled_await_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661340259597827,2935225697896,2935474321322,1,'full');
INSERT INTO processes VALUES(24,2021,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_destroyed_pending.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661340573065771,2935539166069,2935607882089,1,'full');
INSERT INTO processes VALUES(25,2023,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_destroyed_pending_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661340706665588,2935672765959,2935732441861,1,'full');
INSERT INTO processes VALUES(26,2025,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_left_running.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661340838670740,2935804771358,2935851848129,1,'full');
INSERT INTO processes VALUES(27,2027,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_left_running_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661340951773691,2935917873973,2936087462133,1,'full');
INSERT INTO processes VALUES(28,2029,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/transport_left_open.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661341202011303,2936168112040,2936234376753,1,'full');
INSERT INTO processes VALUES(29,2031,1931,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/transport_left_open_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796661341351071712,2936317172314,2936385028091,1,'full');
CREATE TABLE threads (
    id         INTEGER PRIMARY KEY,      -- (process << 32) | serial
    process_id INTEGER NOT NULL,         -- processes.id
    ident      INTEGER NOT NULL,         -- threading.get_ident() (reused by the OS: never a key)
    native_id  INTEGER,                  -- threading.get_native_id(), the OS thread id
    name       TEXT                      -- threading.current_thread().name when first seen
);
INSERT INTO threads VALUES(8589934595,2,140583408618368,1972,'MainThread');
INSERT INTO threads VALUES(12884901891,3,140479220099968,1974,'MainThread');
INSERT INTO threads VALUES(17179869187,4,140132975664000,1976,'MainThread');
INSERT INTO threads VALUES(21474836483,5,139777628203904,1978,'MainThread');
INSERT INTO threads VALUES(25769803779,6,139781839842176,1982,'MainThread');
INSERT INTO threads VALUES(30064771075,7,140496829979520,1984,'MainThread');
INSERT INTO threads VALUES(34359738371,8,139993347419008,1986,'MainThread');
INSERT INTO threads VALUES(38654705667,9,139765190470528,1988,'MainThread');
INSERT INTO threads VALUES(42949672963,10,139632056691584,1990,'MainThread');
INSERT INTO threads VALUES(47244640258,11,139919579150016,1993,'Thread-1 (run_forever)');
INSERT INTO threads VALUES(47244640262,11,139919605992320,1992,'MainThread');
INSERT INTO threads VALUES(51539607555,12,140165894892416,1995,'MainThread');
INSERT INTO threads VALUES(51539607559,12,140165787940544,1997,'Thread-1 (produce)');
INSERT INTO threads VALUES(55834574851,13,139843542363008,1998,'MainThread');
INSERT INTO threads VALUES(60129542147,14,140687008385920,2001,'MainThread');
INSERT INTO threads VALUES(60129542154,14,140686981592768,2002,'Dummy-1');
INSERT INTO threads VALUES(64424509443,15,140459192126336,2003,'MainThread');
INSERT INTO threads VALUES(68719476739,16,140402267384704,2005,'MainThread');
INSERT INTO threads VALUES(73014444035,17,140313444440960,2007,'MainThread');
INSERT INTO threads VALUES(77309411331,18,140425086573440,2009,'MainThread');
INSERT INTO threads VALUES(81604378627,19,139797503179648,2011,'MainThread');
INSERT INTO threads VALUES(85899345923,20,140277704547200,2013,'MainThread');
INSERT INTO threads VALUES(90194313219,21,140621483469696,2015,'MainThread');
INSERT INTO threads VALUES(94489280515,22,140247244020608,2017,'MainThread');
INSERT INTO threads VALUES(94489280520,22,140247216158400,2018,'Dummy-1');
INSERT INTO threads VALUES(98784247811,23,139808886672256,2019,'MainThread');
INSERT INTO threads VALUES(103079215107,24,139741645134720,2021,'MainThread');
INSERT INTO threads VALUES(107374182403,25,140037148617600,2023,'MainThread');
INSERT INTO threads VALUES(111669149699,26,139626279197568,2025,'MainThread');
INSERT INTO threads VALUES(115964116995,27,139784245091200,2027,'MainThread');
INSERT INTO threads VALUES(120259084291,28,139771821394816,2029,'MainThread');
INSERT INTO threads VALUES(124554051587,29,140601802378112,2031,'MainThread');
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
INSERT INTO scopes VALUES(8589934594,8589934603,NULL,2,NULL,'runner','main','asyncio.run',NULL,8589934596,8589934595,8589934593,2928629528615,2928631306470);
INSERT INTO scopes VALUES(12884901890,12884901894,NULL,3,NULL,'runner','main','asyncio.run',NULL,12884901892,12884901891,12884901889,2928735792985,2928737189524);
INSERT INTO scopes VALUES(17179869186,17179869193,NULL,4,NULL,'runner','main','asyncio.run',NULL,17179869188,17179869187,17179869185,2928839277625,2929292384081);
INSERT INTO scopes VALUES(21474836482,21474836488,NULL,5,NULL,'runner','main','asyncio.run',NULL,21474836484,21474836483,21474836481,2929424925399,2929730257365);
INSERT INTO scopes VALUES(34359738370,34359738374,NULL,8,NULL,'runner','connect','asyncio.run',NULL,34359738372,34359738371,34359738369,2930213753382,2930215268921);
INSERT INTO scopes VALUES(38654705666,38654705670,NULL,9,NULL,'runner','main','asyncio.run',NULL,38654705668,38654705667,38654705665,2930353444138,2930354993090);
INSERT INTO scopes VALUES(42949672966,42949672971,NULL,10,NULL,'runner','main','asyncio.run',NULL,42949672967,42949672963,42949672965,2930497201533,2930498150726);
INSERT INTO scopes VALUES(47244640261,47244640267,NULL,11,NULL,'runner','main','asyncio.run',NULL,47244640263,47244640262,47244640260,2930620313249,2930622374928);
INSERT INTO scopes VALUES(51539607554,51539607560,NULL,12,NULL,'runner','main','asyncio.run',NULL,51539607556,51539607555,51539607553,2930741103924,2930743167205);
INSERT INTO scopes VALUES(55834574850,55834574854,NULL,13,NULL,'runner','main','asyncio.run',NULL,55834574852,55834574851,55834574849,2930859092694,2930861150950);
INSERT INTO scopes VALUES(60129542146,60129542159,NULL,14,NULL,'runner','main','asyncio.run',NULL,60129542148,60129542147,60129542145,2930970148487,2932474852793);
INSERT INTO scopes VALUES(64424509442,64424509449,NULL,15,NULL,'runner','main','asyncio.run',NULL,64424509444,64424509443,64424509441,2932582910206,2932606212620);
INSERT INTO scopes VALUES(68719476738,68719476745,NULL,16,NULL,'runner','main','asyncio.run',NULL,68719476740,68719476739,68719476737,2932746626778,2932758810674);
INSERT INTO scopes VALUES(73014444034,73014444040,NULL,17,NULL,'runner','main','asyncio.run',NULL,73014444036,73014444035,73014444033,2932884146363,2932885544529);
INSERT INTO scopes VALUES(77309411330,77309411336,NULL,18,NULL,'runner','main','asyncio.run',NULL,77309411332,77309411331,77309411329,2932992262063,2932998041072);
INSERT INTO scopes VALUES(81604378626,81604378630,NULL,19,NULL,'runner','main','asyncio.run',NULL,81604378628,81604378627,81604378625,2933131421209,2933132754525);
INSERT INTO scopes VALUES(90194313218,90194313224,NULL,21,NULL,'runner','main','asyncio.run',NULL,90194313220,90194313219,90194313217,2933470323672,2933503390003);
INSERT INTO scopes VALUES(103079215106,103079215113,NULL,24,NULL,'runner','main','asyncio.run',NULL,103079215108,103079215107,103079215105,2935596774972,2935604406451);
INSERT INTO scopes VALUES(107374182402,107374182409,NULL,25,NULL,'runner','main','asyncio.run',NULL,107374182404,107374182403,107374182401,2935724350217,2935729950016);
INSERT INTO scopes VALUES(111669149698,111669149707,NULL,26,NULL,'runner','main','asyncio.run',NULL,111669149700,111669149699,111669149697,2935847172564,2935848662025);
INSERT INTO scopes VALUES(115964116994,115964117000,NULL,27,NULL,'runner','main','asyncio.run',NULL,115964116996,115964116995,115964116993,2935980993887,2936083174394);
INSERT INTO scopes VALUES(120259084290,120259084302,NULL,28,NULL,'runner','main','asyncio.run',NULL,120259084292,120259084291,120259084289,2936226743725,2936230731275);
INSERT INTO scopes VALUES(124554051586,124554051598,NULL,29,NULL,'runner','main','asyncio.run',NULL,124554051588,124554051587,124554051585,2936377782990,2936381158586);
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
INSERT INTO snapshots VALUES(8589934602,2,8589934596,8589934595,NULL,2928631271532,'scope_end',NULL,8589934594,300,NULL,1,0,NULL,0,0,1);
INSERT INTO snapshots VALUES(25769803785,6,25769803780,25769803779,NULL,2929910961788,'loop_close',NULL,NULL,300,NULL,1,1,2929920078523,0,0,0);
INSERT INTO snapshots VALUES(60129542153,14,60129542148,60129542154,NULL,2931329341799,'await_stuck',NULL,NULL,300,2930996909238,0,1,2932471164980,0,0,0);
INSERT INTO snapshots VALUES(85899345928,20,85899345924,85899345923,NULL,2933318921272,'loop_close',NULL,NULL,300,NULL,0,1,2933327881439,0,0,0);
INSERT INTO snapshots VALUES(94489280519,22,94489280516,94489280520,NULL,2933993784351,'await_stuck',NULL,NULL,300,2933689637663,0,1,2934065830619,0,0,0);
INSERT INTO snapshots VALUES(94489280524,22,94489280516,94489280515,NULL,2935162786876,'signal','SIGALRM',NULL,300,2933689637663,0,1,2935170785131,0,0,0);
INSERT INTO snapshots VALUES(111669149705,26,111669149700,111669149699,NULL,2935848619325,'scope_end',NULL,111669149698,300,NULL,0,1,2935948103447,0,0,0);
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
INSERT INTO waits VALUES(8589934602,8589934600,8589934601,'ready',NULL,NULL,NULL,NULL,NULL);
INSERT INTO waits VALUES(25769803785,25769803777,25769803786,'sleep',NULL,NULL,2929920078523,NULL,NULL);
INSERT INTO waits VALUES(60129542153,60129542152,60129542155,'lock','60129542150',60129542156,NULL,2931022195977,'Lock held by another task');
INSERT INTO waits VALUES(60129542153,60129542149,60129542157,'future',NULL,NULL,2932471164980,2931022195977,'Future');
INSERT INTO waits VALUES(60129542153,60129542150,60129542155,'lock','60129542152',60129542156,NULL,2931022195977,'Lock held by another task');
INSERT INTO waits VALUES(85899345928,85899345921,85899345929,'sleep',NULL,NULL,2933327881439,NULL,NULL);
INSERT INTO waits VALUES(94489280519,94489280513,94489280521,'queue_get',NULL,94489280522,NULL,2933689637663,'Queue empty (unbounded)');
INSERT INTO waits VALUES(94489280519,94489280517,94489280523,'sleep',NULL,NULL,2934065830619,2933993363708,NULL);
INSERT INTO waits VALUES(94489280524,94489280513,94489280521,'queue_get',NULL,94489280522,NULL,2933689637663,'Queue empty (unbounded)');
INSERT INTO waits VALUES(94489280524,94489280517,94489280523,'sleep',NULL,NULL,2935170785131,2935105806936,NULL);
INSERT INTO waits VALUES(111669149705,111669149702,111669149706,'sleep',NULL,NULL,2935948103447,NULL,NULL);
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
INSERT INTO sites VALUES(8589934601,'/home/user/project/examples/asyncgen_not_closed.py',9,'ticks','/home/user/project/examples/asyncgen_not_closed.py:9:ticks');
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
INSERT INTO sites VALUES(42949672970,'/home/user/project/examples/cross_loop_future.py',6,'make_future','/home/user/project/examples/cross_loop_future.py:6:make_future');
INSERT INTO sites VALUES(42949672973,'/home/user/project/examples/cross_loop_future.py',20,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/cross_loop_future.py:20:<module>','\n',char(10)));
INSERT INTO sites VALUES(42949672975,'/home/user/project/examples/cross_loop_future.py',20,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/cross_loop_future.py:20:<module>','\n',char(10)));
INSERT INTO sites VALUES(42949672976,'/home/user/project/examples/cross_loop_future.py',21,'<module>','/home/user/project/examples/cross_loop_future.py:21:<module>');
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
INSERT INTO sites VALUES(60129542145,'/home/user/project/examples/deadlock.py',25,'<module>','/home/user/project/examples/deadlock.py:25:<module>');
INSERT INTO sites VALUES(60129542151,'/home/user/project/examples/deadlock.py',18,'main',replace('/home/user/project/examples/deadlock.py:18:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(60129542155,'/home/user/project/examples/deadlock.py',12,'transfer',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/locks.py:114:acquire\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/locks.py:15:__aenter__\n/home/user/project/examples/deadlock.py:12:transfer','\n',char(10)));
INSERT INTO sites VALUES(60129542156,'/home/user/project/examples/deadlock.py',17,'main','/home/user/project/examples/deadlock.py:17:main');
INSERT INTO sites VALUES(60129542157,'/home/user/project/examples/deadlock.py',20,'main',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/tasks.py:476:wait_for\n/home/user/project/examples/deadlock.py:20:main','\n',char(10)));
INSERT INTO sites VALUES(60129542158,'/home/user/project/examples/deadlock.py',20,'main',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/tasks.py:718:cancel\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/tasks.py:559:_cancel_and_wait\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/tasks.py:495:wait_for\n/home/user/project/examples/deadlock.py:20:main','\n',char(10)));
INSERT INTO sites VALUES(60129542161,'/home/user/project/examples/deadlock.py',25,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/deadlock.py:25:<module>','\n',char(10)));
INSERT INTO sites VALUES(60129542163,'/home/user/project/examples/deadlock.py',25,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/deadlock.py:25:<module>','\n',char(10)));
INSERT INTO sites VALUES(64424509441,'/home/user/project/examples/deadlock_fixed.py',23,'<module>','/home/user/project/examples/deadlock_fixed.py:23:<module>');
INSERT INTO sites VALUES(64424509447,'/home/user/project/examples/deadlock_fixed.py',16,'main',replace('/home/user/project/examples/deadlock_fixed.py:16:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(64424509451,'/home/user/project/examples/deadlock_fixed.py',23,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/deadlock_fixed.py:23:<module>','\n',char(10)));
INSERT INTO sites VALUES(64424509453,'/home/user/project/examples/deadlock_fixed.py',23,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/deadlock_fixed.py:23:<module>','\n',char(10)));
INSERT INTO sites VALUES(68719476737,'/home/user/project/examples/exception_never_retrieved.py',16,'<module>','/home/user/project/examples/exception_never_retrieved.py:16:<module>');
INSERT INTO sites VALUES(68719476743,'/home/user/project/examples/exception_never_retrieved.py',11,'main',replace('/home/user/project/examples/exception_never_retrieved.py:11:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(68719476744,'/home/user/project/examples/exception_never_retrieved.py',7,'fetch','/home/user/project/examples/exception_never_retrieved.py:7:fetch');
INSERT INTO sites VALUES(68719476747,'/home/user/project/examples/exception_never_retrieved.py',16,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/exception_never_retrieved.py:16:<module>','\n',char(10)));
INSERT INTO sites VALUES(68719476749,'/home/user/project/examples/exception_never_retrieved.py',16,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/exception_never_retrieved.py:16:<module>','\n',char(10)));
INSERT INTO sites VALUES(73014444033,'/home/user/project/examples/exception_never_retrieved_fixed.py',17,'<module>','/home/user/project/examples/exception_never_retrieved_fixed.py:17:<module>');
INSERT INTO sites VALUES(73014444039,'/home/user/project/examples/exception_never_retrieved_fixed.py',10,'main',replace('/home/user/project/examples/exception_never_retrieved_fixed.py:10:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(73014444042,'/home/user/project/examples/exception_never_retrieved_fixed.py',17,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/exception_never_retrieved_fixed.py:17:<module>','\n',char(10)));
INSERT INTO sites VALUES(73014444044,'/home/user/project/examples/exception_never_retrieved_fixed.py',17,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/exception_never_retrieved_fixed.py:17:<module>','\n',char(10)));
INSERT INTO sites VALUES(77309411329,'/home/user/project/examples/leaked_coroutine.py',15,'<module>','/home/user/project/examples/leaked_coroutine.py:15:<module>');
INSERT INTO sites VALUES(77309411334,'/home/user/project/examples/leaked_coroutine.py',11,'main','/home/user/project/examples/leaked_coroutine.py:11:main');
INSERT INTO sites VALUES(77309411335,'/home/user/project/examples/leaked_coroutine.py',5,'save','/home/user/project/examples/leaked_coroutine.py:5:save');
INSERT INTO sites VALUES(77309411338,'/home/user/project/examples/leaked_coroutine.py',15,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/leaked_coroutine.py:15:<module>','\n',char(10)));
INSERT INTO sites VALUES(77309411340,'/home/user/project/examples/leaked_coroutine.py',15,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/leaked_coroutine.py:15:<module>','\n',char(10)));
INSERT INTO sites VALUES(81604378625,'/home/user/project/examples/leaked_coroutine_fixed.py',15,'<module>','/home/user/project/examples/leaked_coroutine_fixed.py:15:<module>');
INSERT INTO sites VALUES(81604378632,'/home/user/project/examples/leaked_coroutine_fixed.py',15,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/leaked_coroutine_fixed.py:15:<module>','\n',char(10)));
INSERT INTO sites VALUES(81604378634,'/home/user/project/examples/leaked_coroutine_fixed.py',15,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/leaked_coroutine_fixed.py:15:<module>','\n',char(10)));
INSERT INTO sites VALUES(85899345922,'/home/user/project/examples/pending_at_close.py',11,'<module>','/home/user/project/examples/pending_at_close.py:11:<module>');
INSERT INTO sites VALUES(85899345926,'/home/user/project/examples/pending_at_close.py',12,'<module>','/home/user/project/examples/pending_at_close.py:12:<module>');
INSERT INTO sites VALUES(85899345927,'/home/user/project/examples/pending_at_close.py',7,'poll','/home/user/project/examples/pending_at_close.py:7:poll');
INSERT INTO sites VALUES(85899345929,'/home/user/project/examples/pending_at_close.py',7,'poll',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/tasks.py:649:sleep\n/home/user/project/examples/pending_at_close.py:7:poll','\n',char(10)));
INSERT INTO sites VALUES(85899345930,'/home/user/project/examples/pending_at_close.py',13,'<module>','/home/user/project/examples/pending_at_close.py:13:<module>');
INSERT INTO sites VALUES(90194313217,'/home/user/project/examples/pending_at_close_fixed.py',19,'<module>','/home/user/project/examples/pending_at_close_fixed.py:19:<module>');
INSERT INTO sites VALUES(90194313223,'/home/user/project/examples/pending_at_close_fixed.py',13,'main',replace('/home/user/project/examples/pending_at_close_fixed.py:13:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(90194313226,'/home/user/project/examples/pending_at_close_fixed.py',19,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/pending_at_close_fixed.py:19:<module>','\n',char(10)));
INSERT INTO sites VALUES(90194313228,'/home/user/project/examples/pending_at_close_fixed.py',19,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/pending_at_close_fixed.py:19:<module>','\n',char(10)));
INSERT INTO sites VALUES(94489280514,'/home/user/project/examples/stalled_await.py',39,'<module>','/home/user/project/examples/stalled_await.py:39:<module>');
INSERT INTO sites VALUES(94489280518,'/home/user/project/examples/stalled_await.py',29,'main',replace('/home/user/project/examples/stalled_await.py:29:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/home/user/project/examples/stalled_await.py:39:<module>','\n',char(10)));
INSERT INTO sites VALUES(94489280521,'/home/user/project/examples/stalled_await.py',24,'next_job',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/queues.py:158:get\n/home/user/project/examples/stalled_await.py:24:next_job\n/home/user/project/examples/stalled_await.py:30:main','\n',char(10)));
INSERT INTO sites VALUES(94489280522,'/home/user/project/examples/stalled_await.py',28,'main','/home/user/project/examples/stalled_await.py:28:main');
INSERT INTO sites VALUES(94489280523,'/home/user/project/examples/stalled_await.py',20,'heartbeat',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/tasks.py:649:sleep\n/home/user/project/examples/stalled_await.py:20:heartbeat','\n',char(10)));
INSERT INTO sites VALUES(94489280525,'/home/user/project/examples/stalled_await.py',44,'<module>','/home/user/project/examples/stalled_await.py:44:<module>');
INSERT INTO sites VALUES(94489280526,'/home/user/project/examples/stalled_await.py',47,'<module>','/home/user/project/examples/stalled_await.py:47:<module>');
INSERT INTO sites VALUES(98784247810,'/home/user/project/examples/stalled_await_fixed.py',42,'<module>','/home/user/project/examples/stalled_await_fixed.py:42:<module>');
INSERT INTO sites VALUES(98784247814,'/home/user/project/examples/stalled_await_fixed.py',30,'main',replace('/home/user/project/examples/stalled_await_fixed.py:30:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/home/user/project/examples/stalled_await_fixed.py:42:<module>','\n',char(10)));
INSERT INTO sites VALUES(98784247816,'/home/user/project/examples/stalled_await_fixed.py',31,'main',replace('/home/user/project/examples/stalled_await_fixed.py:31:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/home/user/project/examples/stalled_await_fixed.py:42:<module>','\n',char(10)));
INSERT INTO sites VALUES(98784247817,'/home/user/project/examples/stalled_await_fixed.py',34,'main','/home/user/project/examples/stalled_await_fixed.py:34:main');
INSERT INTO sites VALUES(98784247818,'/home/user/project/examples/stalled_await_fixed.py',51,'<module>','/home/user/project/examples/stalled_await_fixed.py:51:<module>');
INSERT INTO sites VALUES(103079215105,'/home/user/project/examples/task_destroyed_pending.py',18,'<module>','/home/user/project/examples/task_destroyed_pending.py:18:<module>');
INSERT INTO sites VALUES(103079215111,'/home/user/project/examples/task_destroyed_pending.py',12,'main',replace('/home/user/project/examples/task_destroyed_pending.py:12:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(103079215112,'/home/user/project/examples/task_destroyed_pending.py',14,'main',replace('/home/user/project/examples/task_destroyed_pending.py:14:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(103079215115,'/home/user/project/examples/task_destroyed_pending.py',18,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/task_destroyed_pending.py:18:<module>','\n',char(10)));
INSERT INTO sites VALUES(103079215117,'/home/user/project/examples/task_destroyed_pending.py',18,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/task_destroyed_pending.py:18:<module>','\n',char(10)));
INSERT INTO sites VALUES(107374182401,'/home/user/project/examples/task_destroyed_pending_fixed.py',25,'<module>','/home/user/project/examples/task_destroyed_pending_fixed.py:25:<module>');
INSERT INTO sites VALUES(107374182407,'/home/user/project/examples/task_destroyed_pending_fixed.py',14,'main',replace('/home/user/project/examples/task_destroyed_pending_fixed.py:14:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(107374182408,'/home/user/project/examples/task_destroyed_pending_fixed.py',20,'main','/home/user/project/examples/task_destroyed_pending_fixed.py:20:main');
INSERT INTO sites VALUES(107374182411,'/home/user/project/examples/task_destroyed_pending_fixed.py',25,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/task_destroyed_pending_fixed.py:25:<module>','\n',char(10)));
INSERT INTO sites VALUES(107374182413,'/home/user/project/examples/task_destroyed_pending_fixed.py',25,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/task_destroyed_pending_fixed.py:25:<module>','\n',char(10)));
INSERT INTO sites VALUES(111669149697,'/home/user/project/examples/task_left_running.py',16,'<module>','/home/user/project/examples/task_left_running.py:16:<module>');
INSERT INTO sites VALUES(111669149703,'/home/user/project/examples/task_left_running.py',12,'main',replace('/home/user/project/examples/task_left_running.py:12:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(111669149704,'/home/user/project/examples/task_left_running.py',7,'send_metrics','/home/user/project/examples/task_left_running.py:7:send_metrics');
INSERT INTO sites VALUES(111669149706,'/home/user/project/examples/task_left_running.py',7,'send_metrics',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/tasks.py:649:sleep\n/home/user/project/examples/task_left_running.py:7:send_metrics','\n',char(10)));
INSERT INTO sites VALUES(111669149708,'/home/user/project/examples/task_left_running.py',16,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:199:_cancel_all_tasks\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:71:close\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:63:__exit__\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:189:run\n/home/user/project/examples/task_left_running.py:16:<module>','\n',char(10)));
INSERT INTO sites VALUES(111669149710,'/home/user/project/examples/task_left_running.py',16,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/task_left_running.py:16:<module>','\n',char(10)));
INSERT INTO sites VALUES(111669149712,'/home/user/project/examples/task_left_running.py',16,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/task_left_running.py:16:<module>','\n',char(10)));
INSERT INTO sites VALUES(115964116993,'/home/user/project/examples/task_left_running_fixed.py',16,'<module>','/home/user/project/examples/task_left_running_fixed.py:16:<module>');
INSERT INTO sites VALUES(115964116999,'/home/user/project/examples/task_left_running_fixed.py',11,'main',replace('/home/user/project/examples/task_left_running_fixed.py:11:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(115964117002,'/home/user/project/examples/task_left_running_fixed.py',16,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/task_left_running_fixed.py:16:<module>','\n',char(10)));
INSERT INTO sites VALUES(115964117004,'/home/user/project/examples/task_left_running_fixed.py',16,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/task_left_running_fixed.py:16:<module>','\n',char(10)));
INSERT INTO sites VALUES(120259084289,'/home/user/project/examples/transport_left_open.py',25,'<module>','/home/user/project/examples/transport_left_open.py:25:<module>');
INSERT INTO sites VALUES(120259084295,'/home/user/project/examples/transport_left_open.py',15,'main',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1488:<listcomp>\n/home/user/project/examples/transport_left_open.py:15:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete','\n',char(10)));
INSERT INTO sites VALUES(120259084296,'/home/user/project/examples/transport_left_open.py',15,'main',replace('/home/user/project/examples/transport_left_open.py:15:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(120259084298,'/home/user/project/examples/transport_left_open.py',25,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/selector_events.py:195:_accept_connection\n/home/user/project/examples/transport_left_open.py:25:<module>','\n',char(10)));
INSERT INTO sites VALUES(120259084299,'/home/user/project/examples/transport_left_open.py',17,'main',replace('/home/user/project/examples/transport_left_open.py:17:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(120259084301,'/home/user/project/examples/transport_left_open.py',25,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/streams.py:245:connection_made\n/home/user/project/examples/transport_left_open.py:25:<module>','\n',char(10)));
INSERT INTO sites VALUES(120259084304,'/home/user/project/examples/transport_left_open.py',25,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/transport_left_open.py:25:<module>','\n',char(10)));
INSERT INTO sites VALUES(120259084306,'/home/user/project/examples/transport_left_open.py',25,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/transport_left_open.py:25:<module>','\n',char(10)));
INSERT INTO sites VALUES(124554051585,'/home/user/project/examples/transport_left_open_fixed.py',27,'<module>','/home/user/project/examples/transport_left_open_fixed.py:27:<module>');
INSERT INTO sites VALUES(124554051591,'/home/user/project/examples/transport_left_open_fixed.py',14,'main',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1488:<listcomp>\n/home/user/project/examples/transport_left_open_fixed.py:14:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete','\n',char(10)));
INSERT INTO sites VALUES(124554051592,'/home/user/project/examples/transport_left_open_fixed.py',14,'main',replace('/home/user/project/examples/transport_left_open_fixed.py:14:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(124554051594,'/home/user/project/examples/transport_left_open_fixed.py',27,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/selector_events.py:195:_accept_connection\n/home/user/project/examples/transport_left_open_fixed.py:27:<module>','\n',char(10)));
INSERT INTO sites VALUES(124554051595,'/home/user/project/examples/transport_left_open_fixed.py',16,'main',replace('/home/user/project/examples/transport_left_open_fixed.py:16:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(124554051597,'/home/user/project/examples/transport_left_open_fixed.py',27,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/streams.py:245:connection_made\n/home/user/project/examples/transport_left_open_fixed.py:27:<module>','\n',char(10)));
INSERT INTO sites VALUES(124554051600,'/home/user/project/examples/transport_left_open_fixed.py',27,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:72:close\n/home/user/project/examples/transport_left_open_fixed.py:27:<module>','\n',char(10)));
INSERT INTO sites VALUES(124554051602,'/home/user/project/examples/transport_left_open_fixed.py',27,'<module>',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:73:close\n/home/user/project/examples/transport_left_open_fixed.py:27:<module>','\n',char(10)));
CREATE TABLE loops (
    id         INTEGER PRIMARY KEY,      -- (process << 32) | serial
    process_id INTEGER NOT NULL,
    class_name TEXT NOT NULL,            -- e.g. "_UnixSelectorEventLoop", "Loop" (uvloop)
    thread_id  INTEGER,                  -- threads.id of the thread that created it
    site_id    INTEGER,                  -- sites.id of the user code that created it
    test_id    INTEGER,                  -- tests.id current at creation
    created_ns INTEGER NOT NULL
);
INSERT INTO loops VALUES(8589934596,2,'_UnixSelectorEventLoop',8589934595,8589934593,NULL,2928629722904);
INSERT INTO loops VALUES(12884901892,3,'_UnixSelectorEventLoop',12884901891,12884901889,NULL,2928735969570);
INSERT INTO loops VALUES(17179869188,4,'_UnixSelectorEventLoop',17179869187,17179869185,NULL,2928839455720);
INSERT INTO loops VALUES(21474836484,5,'_UnixSelectorEventLoop',21474836483,21474836481,NULL,2929425114201);
INSERT INTO loops VALUES(25769803780,6,'_UnixSelectorEventLoop',25769803779,25769803778,NULL,2929878847923);
INSERT INTO loops VALUES(30064771076,7,'_UnixSelectorEventLoop',30064771075,30064771074,NULL,2930054265194);
INSERT INTO loops VALUES(34359738372,8,'_UnixSelectorEventLoop',34359738371,34359738369,NULL,2930213984937);
INSERT INTO loops VALUES(38654705668,9,'_UnixSelectorEventLoop',38654705667,38654705665,NULL,2930353732598);
INSERT INTO loops VALUES(42949672964,10,'_UnixSelectorEventLoop',42949672963,42949672962,NULL,2930496294032);
INSERT INTO loops VALUES(42949672967,10,'_UnixSelectorEventLoop',42949672963,42949672965,NULL,2930497338324);
INSERT INTO loops VALUES(47244640257,11,'_UnixSelectorEventLoop',47244640258,47244640259,NULL,2930620145778);
INSERT INTO loops VALUES(47244640263,11,'_UnixSelectorEventLoop',47244640262,47244640260,NULL,2930620606406);
INSERT INTO loops VALUES(51539607556,12,'_UnixSelectorEventLoop',51539607555,51539607553,NULL,2930741285305);
INSERT INTO loops VALUES(55834574852,13,'_UnixSelectorEventLoop',55834574851,55834574849,NULL,2930859269423);
INSERT INTO loops VALUES(60129542148,14,'_UnixSelectorEventLoop',60129542147,60129542145,NULL,2930970334122);
INSERT INTO loops VALUES(64424509444,15,'_UnixSelectorEventLoop',64424509443,64424509441,NULL,2932583093273);
INSERT INTO loops VALUES(68719476740,16,'_UnixSelectorEventLoop',68719476739,68719476737,NULL,2932746817277);
INSERT INTO loops VALUES(73014444036,17,'_UnixSelectorEventLoop',73014444035,73014444033,NULL,2932884334717);
INSERT INTO loops VALUES(77309411332,18,'_UnixSelectorEventLoop',77309411331,77309411329,NULL,2932992444751);
INSERT INTO loops VALUES(81604378628,19,'_UnixSelectorEventLoop',81604378627,81604378625,NULL,2933131595763);
INSERT INTO loops VALUES(85899345924,20,'_UnixSelectorEventLoop',85899345923,85899345922,NULL,2933286316401);
INSERT INTO loops VALUES(90194313220,21,'_UnixSelectorEventLoop',90194313219,90194313217,NULL,2933470524739);
INSERT INTO loops VALUES(94489280516,22,'_UnixSelectorEventLoop',94489280515,94489280514,NULL,2933662826551);
INSERT INTO loops VALUES(98784247812,23,'_UnixSelectorEventLoop',98784247811,98784247810,NULL,2935267945567);
INSERT INTO loops VALUES(103079215108,24,'_UnixSelectorEventLoop',103079215107,103079215105,NULL,2935597022064);
INSERT INTO loops VALUES(107374182404,25,'_UnixSelectorEventLoop',107374182403,107374182401,NULL,2935724536565);
INSERT INTO loops VALUES(111669149700,26,'_UnixSelectorEventLoop',111669149699,111669149697,NULL,2935847343848);
INSERT INTO loops VALUES(115964116996,27,'_UnixSelectorEventLoop',115964116995,115964116993,NULL,2935981205893);
INSERT INTO loops VALUES(120259084292,28,'_UnixSelectorEventLoop',120259084291,120259084289,NULL,2936227040761);
INSERT INTO loops VALUES(124554051588,29,'_UnixSelectorEventLoop',124554051587,124554051585,NULL,2936377992756);
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
    created_ns     INTEGER NOT NULL,
    -- The end, when the task had ended before its row was written (else NULL, and task_ends has it):
    ended_ns       INTEGER,              -- time.monotonic_ns() when it finished
    outcome        INTEGER,              -- as task_ends.outcome
    exception      TEXT                  -- as task_ends.exception
);
INSERT INTO tasks VALUES(8589934597,2,8589934596,NULL,'Task-1','main',8589934593,8589934595,NULL,2928630114484,2928630664802,0,NULL);
INSERT INTO tasks VALUES(8589934600,2,8589934596,NULL,'Task-2','async_generator_athrow',8589934593,8589934595,NULL,2928630724748,NULL,NULL,NULL);
INSERT INTO tasks VALUES(8589934605,2,8589934596,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',8589934606,8589934595,NULL,2928631665159,2928631693442,0,NULL);
INSERT INTO tasks VALUES(8589934607,2,8589934596,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',8589934608,8589934595,NULL,2928631799076,2928631816629,0,NULL);
INSERT INTO tasks VALUES(12884901893,3,12884901892,NULL,'Task-1','main',12884901889,12884901891,NULL,2928736476038,2928736892601,0,NULL);
INSERT INTO tasks VALUES(12884901895,3,12884901892,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',12884901896,12884901891,NULL,2928737243890,2928737274514,0,NULL);
INSERT INTO tasks VALUES(12884901897,3,12884901892,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',12884901898,12884901891,NULL,2928737402773,2928737422588,0,NULL);
INSERT INTO tasks VALUES(17179869189,4,17179869188,NULL,'Task-1','main',17179869185,17179869187,NULL,2928839854859,NULL,NULL,NULL);
INSERT INTO tasks VALUES(17179869190,4,17179869188,17179869189,'Task-2','heartbeat',17179869191,17179869187,NULL,2928840174415,NULL,NULL,NULL);
INSERT INTO tasks VALUES(17179869194,4,17179869188,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',17179869195,17179869187,NULL,2929292468678,2929292509884,0,NULL);
INSERT INTO tasks VALUES(17179869196,4,17179869188,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',17179869197,17179869187,NULL,2929292657150,2929292676463,0,NULL);
INSERT INTO tasks VALUES(21474836485,5,21474836484,NULL,'Task-1','main',21474836481,21474836483,NULL,2929425522661,2929729358943,0,NULL);
INSERT INTO tasks VALUES(21474836486,5,21474836484,21474836485,'Task-2','heartbeat',21474836487,21474836483,NULL,2929425779365,2929579093183,0,NULL);
INSERT INTO tasks VALUES(21474836489,5,21474836484,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',21474836490,21474836483,NULL,2929730350240,2929730400766,0,NULL);
INSERT INTO tasks VALUES(21474836491,5,21474836484,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',21474836492,21474836483,NULL,2929730638052,2929731466949,0,NULL);
INSERT INTO tasks VALUES(25769803777,6,25769803780,NULL,'Task-1','heartbeat',25769803778,25769803779,NULL,2929879109412,NULL,NULL,NULL);
INSERT INTO tasks VALUES(25769803781,6,25769803780,NULL,'Task-2','sleep',25769803782,25769803779,NULL,2929879161249,2929910055676,0,NULL);
INSERT INTO tasks VALUES(30064771073,7,30064771076,NULL,'Task-1','heartbeat',30064771074,30064771075,NULL,2930054576652,NULL,NULL,NULL);
INSERT INTO tasks VALUES(30064771077,7,30064771076,NULL,'Task-2','sleep',30064771078,30064771075,NULL,2930054621546,2930085409460,0,NULL);
INSERT INTO tasks VALUES(34359738373,8,34359738372,NULL,'Task-1','connect',34359738369,34359738371,NULL,2930214551629,2930214820368,0,NULL);
INSERT INTO tasks VALUES(34359738375,8,34359738372,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',34359738376,34359738371,NULL,2930215340549,2930215380243,0,NULL);
INSERT INTO tasks VALUES(34359738377,8,34359738372,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',34359738378,34359738371,NULL,2930215559354,2930215587696,0,NULL);
INSERT INTO tasks VALUES(38654705669,9,38654705668,NULL,'Task-1','main',38654705665,38654705667,NULL,2930354237701,2930354534009,0,NULL);
INSERT INTO tasks VALUES(38654705671,9,38654705668,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',38654705672,38654705667,NULL,2930355060071,2930355102606,0,NULL);
INSERT INTO tasks VALUES(38654705673,9,38654705668,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',38654705674,38654705667,NULL,2930355257992,2930355282541,0,NULL);
INSERT INTO tasks VALUES(42949672961,10,42949672964,NULL,'Task-1','make_future',42949672962,42949672963,NULL,2930496576149,2930496780025,0,NULL);
INSERT INTO tasks VALUES(42949672968,10,42949672967,NULL,'Task-2','main',42949672965,42949672963,NULL,2930497376910,2930497641947,0,NULL);
INSERT INTO tasks VALUES(42949672972,10,42949672967,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',42949672973,42949672963,NULL,2930498218752,2930498254970,0,NULL);
INSERT INTO tasks VALUES(42949672974,10,42949672967,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',42949672975,42949672963,NULL,2930498423393,2930498455854,0,NULL);
INSERT INTO tasks VALUES(47244640264,11,47244640263,NULL,'Task-1','main',47244640260,47244640262,NULL,2930620651980,NULL,NULL,NULL);
INSERT INTO tasks VALUES(47244640265,11,47244640257,NULL,'Task-2','compute',47244640266,47244640258,NULL,2930621688492,2930621784901,0,NULL);
INSERT INTO tasks VALUES(47244640268,11,47244640263,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',47244640269,47244640262,NULL,2930622432396,2930622464053,0,NULL);
INSERT INTO tasks VALUES(47244640270,11,47244640263,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',47244640271,47244640262,NULL,2930622592493,2930622615074,0,NULL);
INSERT INTO tasks VALUES(51539607557,12,51539607556,NULL,'Task-1','main',51539607553,51539607555,NULL,2930741671124,2930742781844,0,NULL);
INSERT INTO tasks VALUES(51539607561,12,51539607556,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',51539607562,51539607555,NULL,2930743229519,2930743261087,0,NULL);
INSERT INTO tasks VALUES(51539607563,12,51539607556,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',51539607564,51539607555,NULL,2930743405879,2930743442238,0,NULL);
INSERT INTO tasks VALUES(55834574853,13,55834574852,NULL,'Task-1','main',55834574849,55834574851,NULL,2930859670100,2930860826247,0,NULL);
INSERT INTO tasks VALUES(55834574855,13,55834574852,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',55834574856,55834574851,NULL,2930861210374,2930861240432,0,NULL);
INSERT INTO tasks VALUES(55834574857,13,55834574852,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',55834574858,55834574851,NULL,2930861384204,2930861407945,0,NULL);
INSERT INTO tasks VALUES(60129542149,14,60129542148,NULL,'Task-1','main',60129542145,60129542147,NULL,2930970747735,NULL,NULL,NULL);
INSERT INTO tasks VALUES(60129542150,14,60129542148,60129542149,'Task-2','transfer',60129542151,60129542147,NULL,2930971133759,NULL,NULL,NULL);
INSERT INTO tasks VALUES(60129542152,14,60129542148,60129542149,'Task-3','transfer',60129542151,60129542147,NULL,2930971151295,NULL,NULL,NULL);
INSERT INTO tasks VALUES(60129542160,14,60129542148,NULL,'Task-4','BaseEventLoop.shutdown_asyncgens',60129542161,60129542147,NULL,2932474912189,2932474943223,0,NULL);
INSERT INTO tasks VALUES(60129542162,14,60129542148,NULL,'Task-5','BaseEventLoop.shutdown_default_executor',60129542163,60129542147,NULL,2932475107342,2932475129737,0,NULL);
INSERT INTO tasks VALUES(64424509445,15,64424509444,NULL,'Task-1','main',64424509441,64424509443,NULL,2932583491250,2932605560790,0,NULL);
INSERT INTO tasks VALUES(64424509446,15,64424509444,64424509445,'Task-2','transfer',64424509447,64424509443,NULL,2932583966686,2932595099331,0,NULL);
INSERT INTO tasks VALUES(64424509448,15,64424509444,64424509445,'Task-3','transfer',64424509447,64424509443,NULL,2932583985019,2932605488281,0,NULL);
INSERT INTO tasks VALUES(64424509450,15,64424509444,NULL,'Task-4','BaseEventLoop.shutdown_asyncgens',64424509451,64424509443,NULL,2932606312940,2932606369733,0,NULL);
INSERT INTO tasks VALUES(64424509452,15,64424509444,NULL,'Task-5','BaseEventLoop.shutdown_default_executor',64424509453,64424509443,NULL,2932606647291,2932606683414,0,NULL);
INSERT INTO tasks VALUES(68719476741,16,68719476740,NULL,'Task-1','main',68719476737,68719476739,NULL,2932747234917,2932758365474,0,NULL);
INSERT INTO tasks VALUES(68719476742,16,68719476740,68719476741,'Task-2','fetch',68719476743,68719476739,NULL,2932747503005,2932747568748,1,'ConnectionError');
INSERT INTO tasks VALUES(68719476746,16,68719476740,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',68719476747,68719476739,NULL,2932758873214,2932758908912,0,NULL);
INSERT INTO tasks VALUES(68719476748,16,68719476740,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',68719476749,68719476739,NULL,2932759059962,2932759086683,0,NULL);
INSERT INTO tasks VALUES(73014444037,17,73014444036,NULL,'Task-1','main',73014444033,73014444035,NULL,2932884763437,2932885124365,0,NULL);
INSERT INTO tasks VALUES(73014444038,17,73014444036,73014444037,'Task-2','fetch',73014444039,73014444035,NULL,2932885021357,2932885072392,1,'ConnectionError');
INSERT INTO tasks VALUES(73014444041,17,73014444036,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',73014444042,73014444035,NULL,2932885597797,2932885628855,0,NULL);
INSERT INTO tasks VALUES(73014444043,17,73014444036,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',73014444044,73014444035,NULL,2932885759446,2932885780525,0,NULL);
INSERT INTO tasks VALUES(77309411333,18,77309411332,NULL,'Task-1','main',77309411329,77309411331,NULL,2932992850466,2932997682818,0,NULL);
INSERT INTO tasks VALUES(77309411337,18,77309411332,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',77309411338,77309411331,NULL,2932998100365,2932998130544,0,NULL);
INSERT INTO tasks VALUES(77309411339,18,77309411332,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',77309411340,77309411331,NULL,2932998276594,2932998295214,0,NULL);
INSERT INTO tasks VALUES(81604378629,19,81604378628,NULL,'Task-1','main',81604378625,81604378627,NULL,2933131983480,2933132310442,0,NULL);
INSERT INTO tasks VALUES(81604378631,19,81604378628,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',81604378632,81604378627,NULL,2933132811542,2933132844286,0,NULL);
INSERT INTO tasks VALUES(81604378633,19,81604378628,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',81604378634,81604378627,NULL,2933133003146,2933133038323,0,NULL);
INSERT INTO tasks VALUES(85899345921,20,85899345924,NULL,'Task-1','poll',85899345922,85899345923,NULL,2933286599252,NULL,NULL,NULL);
INSERT INTO tasks VALUES(85899345925,20,85899345924,NULL,'Task-2','sleep',85899345926,85899345923,NULL,2933286657744,2933317847128,0,NULL);
INSERT INTO tasks VALUES(90194313221,21,90194313220,NULL,'Task-1','main',90194313217,90194313219,NULL,2933470952583,2933502572343,0,NULL);
INSERT INTO tasks VALUES(90194313222,21,90194313220,90194313221,'Task-2','poll',90194313223,90194313219,NULL,2933471343862,2933502476554,0,NULL);
INSERT INTO tasks VALUES(90194313225,21,90194313220,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',90194313226,90194313219,NULL,2933503623244,2933503697384,0,NULL);
INSERT INTO tasks VALUES(90194313227,21,90194313220,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',90194313228,90194313219,NULL,2933504083394,2933504131049,0,NULL);
INSERT INTO tasks VALUES(94489280513,22,94489280516,NULL,'Task-1','main',94489280514,94489280515,NULL,2933663324259,NULL,NULL,NULL);
INSERT INTO tasks VALUES(94489280517,22,94489280516,94489280513,'Task-2','heartbeat',94489280518,94489280515,NULL,2933663988012,NULL,NULL,NULL);
INSERT INTO tasks VALUES(98784247809,23,98784247812,NULL,'Task-1','main',98784247810,98784247811,NULL,2935268371370,NULL,NULL,NULL);
INSERT INTO tasks VALUES(98784247813,23,98784247812,98784247809,'Task-2','heartbeat',98784247814,98784247811,NULL,2935268823726,NULL,NULL,NULL);
INSERT INTO tasks VALUES(98784247815,23,98784247812,98784247809,'Task-3','produce',98784247816,98784247811,NULL,2935268848651,2935469938625,0,NULL);
INSERT INTO tasks VALUES(103079215109,24,103079215108,NULL,'Task-1','main',103079215105,103079215107,NULL,2935597572076,2935603865928,0,NULL);
INSERT INTO tasks VALUES(103079215110,24,103079215108,103079215109,'Task-2','send_metrics',103079215111,103079215107,NULL,2935597897473,NULL,NULL,NULL);
INSERT INTO tasks VALUES(103079215114,24,103079215108,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',103079215115,103079215107,NULL,2935604480630,2935604537299,0,NULL);
INSERT INTO tasks VALUES(103079215116,24,103079215108,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',103079215117,103079215107,NULL,2935604758722,2935604794517,0,NULL);
INSERT INTO tasks VALUES(107374182405,25,107374182404,NULL,'Task-1','main',107374182401,107374182403,NULL,2935724949941,2935729406403,0,NULL);
INSERT INTO tasks VALUES(107374182406,25,107374182404,107374182405,'Task-2','send_metrics',107374182407,107374182403,NULL,2935725212091,2935729348565,2,NULL);
INSERT INTO tasks VALUES(107374182410,25,107374182404,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',107374182411,107374182403,NULL,2935730003866,2935730035745,0,NULL);
INSERT INTO tasks VALUES(107374182412,25,107374182404,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',107374182413,107374182403,NULL,2935730173240,2935730192823,0,NULL);
INSERT INTO tasks VALUES(111669149701,26,111669149700,NULL,'Task-1','main',111669149697,111669149699,NULL,2935847769011,2935848125005,0,NULL);
INSERT INTO tasks VALUES(111669149702,26,111669149700,111669149701,'Task-2','send_metrics',111669149703,111669149699,NULL,2935848077349,NULL,NULL,NULL);
INSERT INTO tasks VALUES(111669149709,26,111669149700,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',111669149710,111669149699,NULL,2935849023782,2935849053329,0,NULL);
INSERT INTO tasks VALUES(111669149711,26,111669149700,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',111669149712,111669149699,NULL,2935849162140,2935849179925,0,NULL);
INSERT INTO tasks VALUES(115964116997,27,115964116996,NULL,'Task-1','main',115964116993,115964116995,NULL,2935981715510,2936082506751,0,NULL);
INSERT INTO tasks VALUES(115964116998,27,115964116996,115964116997,'Task-2','send_metrics',115964116999,115964116995,NULL,2935982018123,2936082486815,0,NULL);
INSERT INTO tasks VALUES(115964117001,27,115964116996,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',115964117002,115964116995,NULL,2936083260129,2936083342983,0,NULL);
INSERT INTO tasks VALUES(115964117003,27,115964116996,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',115964117004,115964116995,NULL,2936083724051,2936083759944,0,NULL);
INSERT INTO tasks VALUES(120259084293,28,120259084292,NULL,'Task-1','main',120259084289,120259084291,NULL,2936228163532,2936230255572,0,NULL);
INSERT INTO tasks VALUES(120259084294,28,120259084292,120259084293,'Task-2','BaseEventLoop._create_server_getaddrinfo',120259084295,120259084291,NULL,2936228478932,2936228562557,0,NULL);
INSERT INTO tasks VALUES(120259084297,28,120259084292,NULL,'Task-3','BaseSelectorEventLoop._accept_connection2',120259084298,120259084291,NULL,2936229443701,2936229939123,0,NULL);
INSERT INTO tasks VALUES(120259084300,28,120259084292,NULL,'Task-4','echo',120259084301,120259084291,NULL,2936229868138,2936230124194,0,NULL);
INSERT INTO tasks VALUES(120259084303,28,120259084292,NULL,'Task-5','BaseEventLoop.shutdown_asyncgens',120259084304,120259084291,NULL,2936230791394,2936230825987,0,NULL);
INSERT INTO tasks VALUES(120259084305,28,120259084292,NULL,'Task-6','BaseEventLoop.shutdown_default_executor',120259084306,120259084291,NULL,2936230990038,2936231013377,0,NULL);
INSERT INTO tasks VALUES(124554051589,29,124554051588,NULL,'Task-1','main',124554051585,124554051587,NULL,2936378489148,2936380746001,0,NULL);
INSERT INTO tasks VALUES(124554051590,29,124554051588,124554051589,'Task-2','BaseEventLoop._create_server_getaddrinfo',124554051591,124554051587,NULL,2936378816145,2936378877428,0,NULL);
INSERT INTO tasks VALUES(124554051593,29,124554051588,NULL,'Task-3','BaseSelectorEventLoop._accept_connection2',124554051594,124554051587,NULL,2936379819528,2936380375260,0,NULL);
INSERT INTO tasks VALUES(124554051596,29,124554051588,NULL,'Task-4','echo',124554051597,124554051587,NULL,2936380304336,2936380558936,0,NULL);
INSERT INTO tasks VALUES(124554051599,29,124554051588,NULL,'Task-5','BaseEventLoop.shutdown_asyncgens',124554051600,124554051587,NULL,2936381216592,2936381250564,0,NULL);
INSERT INTO tasks VALUES(124554051601,29,124554051588,NULL,'Task-6','BaseEventLoop.shutdown_default_executor',124554051602,124554051587,NULL,2936381440539,2936381467333,0,NULL);
CREATE TABLE task_sites (
    site_id           INTEGER PRIMARY KEY,  -- sites.id of a task's site
    scheduled_site_id INTEGER NOT NULL      -- sites.id of the line that made its coroutine a task
);
CREATE TABLE task_ends (
    task_id    INTEGER PRIMARY KEY,      -- tasks.id
    ts         INTEGER NOT NULL,         -- time.monotonic_ns() when it finished
    outcome    INTEGER NOT NULL,         -- 0 returned a result, 1 raised an exception, 2 was cancelled
    exception  TEXT                      -- qualified name of the exception's type when outcome = 1
);
INSERT INTO task_ends VALUES(8589934600,2928631399845,2,NULL);
INSERT INTO task_ends VALUES(17179869189,2929291814722,0,NULL);
INSERT INTO task_ends VALUES(17179869190,2929291745712,0,NULL);
INSERT INTO task_ends VALUES(30064771073,2930086156100,2,NULL);
INSERT INTO task_ends VALUES(47244640264,2930622046616,0,NULL);
INSERT INTO task_ends VALUES(60129542149,2932474538005,0,NULL);
INSERT INTO task_ends VALUES(60129542150,2932474445517,2,NULL);
INSERT INTO task_ends VALUES(60129542152,2932474467495,2,NULL);
INSERT INTO task_ends VALUES(94489280513,2935163532730,2,NULL);
INSERT INTO task_ends VALUES(94489280517,2935163626204,2,NULL);
INSERT INTO task_ends VALUES(98784247809,2935470542584,0,NULL);
INSERT INTO task_ends VALUES(98784247813,2935470571229,2,NULL);
INSERT INTO task_ends VALUES(111669149702,2935848762876,2,NULL);
CREATE TABLE task_counts (
    process_id INTEGER NOT NULL,
    loop_id    INTEGER,                  -- loops.id
    site_id    INTEGER,                  -- sites.id of the tasks' creation site
    test_id    INTEGER,                  -- tests.id current when they were made
    tasks      INTEGER NOT NULL          -- how many
);
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
INSERT INTO hooks VALUES(1,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(1,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(1,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(1,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(1,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(1,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(1,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(1,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(1,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(2,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(2,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(2,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(2,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(2,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(2,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(2,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(2,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(2,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(2,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(2,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(2,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(2,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(2,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(2,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(2,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(2,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(2,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(2,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(2,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(3,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(3,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(3,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(3,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(3,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(3,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(3,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(3,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(3,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(3,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(3,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(3,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(3,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(3,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(3,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(3,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(3,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(3,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(3,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(3,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(4,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(4,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(4,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(4,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(4,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(4,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(4,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(4,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(4,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(4,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(4,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(4,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(4,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(4,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(4,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(4,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(4,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(4,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(4,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(4,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(5,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(5,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(5,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(5,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(5,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(5,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(5,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(5,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(5,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(5,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(5,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(5,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(5,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(5,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(5,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(5,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(5,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(5,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(5,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(5,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(6,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(6,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(6,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(6,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(6,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(6,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(6,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(6,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(6,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(6,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(6,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(6,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(6,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(6,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(6,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(6,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(6,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(6,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(6,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(6,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(7,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(7,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(7,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(7,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(7,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(7,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(7,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(7,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(7,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(7,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(7,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(7,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(7,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(7,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(7,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(7,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(7,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(7,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(7,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(7,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(8,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(8,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(8,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(8,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(8,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(8,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(8,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(8,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(8,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(8,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(8,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(8,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(8,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(8,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(8,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(8,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(8,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(8,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(8,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(8,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(9,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(9,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(9,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(9,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(9,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(9,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(9,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(9,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(9,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(9,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(9,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(9,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(9,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(9,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(9,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(9,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(9,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(9,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(9,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(9,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(10,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(10,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(10,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(10,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(10,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(10,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(10,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(10,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(10,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(10,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(10,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(10,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(10,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(10,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(10,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(10,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(10,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(10,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(10,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(10,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(11,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(11,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(11,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(11,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(11,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(11,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(11,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(11,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(11,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(11,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(11,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(11,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(11,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(11,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(11,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(11,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(11,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(11,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(11,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(11,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(12,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(12,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(12,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(12,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(12,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(12,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(12,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(12,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(12,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(12,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(12,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(12,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(12,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(12,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(12,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(12,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(12,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(12,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(12,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(12,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(13,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(13,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(13,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(13,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(13,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(13,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(13,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(13,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(13,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(13,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(13,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(13,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(13,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(13,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(13,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(13,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(13,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(13,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(13,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(13,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(14,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(14,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(14,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(14,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(14,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(14,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(14,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(14,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(14,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(14,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(14,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(14,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(14,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(14,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(14,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(14,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(14,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(14,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(14,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(14,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(15,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(15,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(15,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(15,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(15,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(15,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(15,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(15,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(15,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(15,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(15,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(15,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(15,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(15,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(15,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(15,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(15,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(15,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(15,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(15,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(16,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(16,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(16,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(16,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(16,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(16,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(16,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(16,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(16,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(16,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(16,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(16,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(16,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(16,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(16,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(16,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(16,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(16,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(16,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(16,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(16,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(17,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(17,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(17,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(17,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(17,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(17,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(17,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(17,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(17,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(17,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(17,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(17,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(17,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(17,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(17,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(17,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(17,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(17,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(17,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(17,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(17,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(18,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(18,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(18,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(18,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(18,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(18,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(18,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(18,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(18,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(18,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(18,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(18,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(18,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(18,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(18,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(18,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(18,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(18,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(18,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(18,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(18,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(19,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(19,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(19,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(19,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(19,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(19,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(19,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(19,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(19,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(19,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(19,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(19,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(19,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(19,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(19,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(19,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(19,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(19,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(19,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(19,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(19,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(20,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(20,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(20,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(20,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(20,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(20,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(20,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(20,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(20,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(20,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(20,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(20,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(20,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(20,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(20,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(20,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(20,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(20,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(20,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(20,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(20,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(21,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(21,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(21,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(21,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(21,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(21,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(21,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(21,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(21,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(21,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(21,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(21,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(21,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(21,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(21,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(21,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(21,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(21,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(21,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(21,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(21,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(22,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(22,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(22,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(22,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(22,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(22,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(22,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(22,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(22,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(22,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(22,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(22,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(22,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(22,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(22,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(22,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(22,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(22,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(22,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(22,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(22,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(23,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(23,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(23,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(23,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(23,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(23,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(23,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(23,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(23,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(23,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(23,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(23,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(23,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(23,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(23,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(23,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(23,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(23,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(23,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(23,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(23,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(24,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(24,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(24,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(24,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(24,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(24,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(24,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(24,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(24,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(24,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(24,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(24,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(24,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(24,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(24,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(24,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(24,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(24,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(24,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(24,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(24,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(25,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(25,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(25,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(25,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(25,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(25,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(25,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(25,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(25,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(25,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(25,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(25,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(25,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(25,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(25,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(25,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(25,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(25,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(25,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(25,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(25,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(26,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(26,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(26,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(26,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(26,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(26,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(26,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(26,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(26,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(26,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(26,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(26,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(26,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(26,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(26,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(26,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(26,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(26,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(26,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(26,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(26,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(26,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(26,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(26,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(26,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(26,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(26,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(26,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(26,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(27,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(27,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(27,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(27,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(27,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(27,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(27,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(27,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(27,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(27,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(27,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(27,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(27,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(27,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(27,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(27,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(27,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(27,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(27,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(27,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(27,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(27,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(27,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(27,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(27,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(27,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(27,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(27,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(27,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(28,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(28,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(28,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(28,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(28,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(28,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(28,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(28,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(28,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(28,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(28,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(28,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(28,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(28,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(28,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(28,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(28,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(28,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(28,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(28,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(28,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(28,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(28,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(28,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(28,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(28,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(28,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(28,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(28,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(29,'C accelerator','asynctrace._speedups, optional: create_task''s and task ends'' hooks in C (the same hooks in Python without it)','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(29,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(29,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(29,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(29,'fork','os.register_at_fork (SQLite''s mutexes held across it) and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(29,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the end written first (taken back if the exec fails)','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(29,'os.close','wrappers of os.close, os.closerange and os.dup2: the trace''s connection is closed before the program closes one of its descriptors, and reopened for the next write','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(29,'signal relays','signal.signal and signal.getsignal recompiled: SIGTERM, SIGINT and SIGALRM handled in Python reach their handler through a relay that takes a snapshot of the waiting tasks first (left to their default action, they are left alone)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(29,'os._exit','wrapper: a snapshot of the waiting tasks before the process ends without exit handlers (pytest-timeout''s thread method)','3.9+','installed','stalled-await',NULL);
INSERT INTO hooks VALUES(29,'Runner copies','recompiled from their source when imported: anyio''s and backports.asyncio.runner''s copies of asyncio.Runner, which anyio and pytest-asyncio run tests in before 3.11','3.9-3.10','not_applicable','task-left-running',NULL);
INSERT INTO hooks VALUES(29,'subprocess.Popen','recompiled from subprocess''s source when first used: the Python children it starts, named in a gap at exit if they did not join the trace','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(29,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(29,'gather''s _done_callback','found in gather()''s code: seen scheduled as a child ends, it discards the exception of a child that failed after another','3.9+','installed','exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(29,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(29,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(29,'BaseEventLoop.create_future','recompiled from asyncio''s source: where each future was asked for, and our Future class (its get_loop probe)','3.9+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(29,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source when first used: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(29,'BaseEventLoop._check_closed','recompiled from asyncio''s source: a call on a closed loop, as it raises','3.9+','installed','closed-loop-call',NULL);
INSERT INTO hooks VALUES(29,'BaseTransport.__init__','recompiled from asyncio''s source when first used: where each transport was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(29,'Server.__init__','recompiled from asyncio''s source when first used: where each server was made','3.9+','installed','transport-left-open',NULL);
INSERT INTO hooks VALUES(29,'BaseEventLoop asyncgen hooks','recompiled from asyncio''s source: the loop''s own firstiter and finalizer hooks and shutdown_asyncgens, chained','3.9+','installed','asyncgen-not-closed',NULL);
INSERT INTO hooks VALUES(29,'BaseEventLoop._run_once','recompiled from asyncio''s source: when each callback starts, and that the loop waits in select, which a watchdog thread (_thread) checks','3.9+','installed','blocking-callback deadlock stalled-await',NULL);
INSERT INTO hooks VALUES(29,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(29,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(29,'sys.monitoring PY_THROW','a free sys.monitoring tool id (4, 3, ...), given up to the program when it claims it: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(29,'asyncio runners','recompiled from asyncio''s source: asyncio.run() (3.11+: each asyncio.Runner, until it closes) as a scope, ended before it cancels what is left','3.9+','installed','task-left-running',NULL);
INSERT INTO hooks VALUES(29,'asyncio.Lock owners','recompiled from asyncio''s source when first used: Lock.acquire and release note the task holding each lock','3.9+','installed','deadlock',NULL);
INSERT INTO hooks VALUES(29,'asyncio primitives made','recompiled from asyncio''s source when first used: the __init__ of Event, Lock, Semaphore, Condition, Barrier and Queue notes where each was made','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(29,'BaseEventLoop.call_soon_threadsafe','recompiled from asyncio''s source when first used: the other threads that may wake a loop','3.9+','installed','deadlock',NULL);
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
INSERT INTO event_kinds VALUES(16,'task_cancel_swallowed','task_id finished without being cancelled although a cancel was requested and not withdrawn (whoever requested it); site_id = the except clause that swallowed it, with the await the cancel was thrown at (the program''s innermost frame then) as the second frame of its stack, when arg = 1 (read from the code''s exception table, CPython 3.11+); else that await, when known');
INSERT INTO event_kinds VALUES(17,'task_pending_at_exit','task_id was still pending when the process exited and its loop was never closed; site_id = the line it was suspended at; arg = 1 if a cancel was requested');
INSERT INTO event_kinds VALUES(18,'task_renamed','task_id carried another name when it finished; detail = the name');
INSERT INTO event_kinds VALUES(19,'task_alive_at_scope_end','task_id was still pending when the scope ref_id (scopes.id) ended, and was made after that scope began (in it, or in a scope inside it); site_id = the line it was suspended at; arg = 1 if a cancel was requested');
INSERT INTO event_kinds VALUES(20,'coroutine_never_awaited','a coroutine was never awaited nor scheduled; ref_id = sites.id of its async def (first line), site_id = where it was created, detail = qualname, arg = 0 collected, 1 alive at exit; test_id = the test during which it was made when the recorder saw it then (between two tests it looks at the young objects), else the test running when it was collected');
INSERT INTO event_kinds VALUES(30,'cross_loop_await','a future/task/primitive bound to another loop was awaited or used by task_id on loop_id; site_id = the offending line; ref_id = the other loop (loops.id) when known; arg = sites.id of where the primitive was made (Event, Lock, Semaphore, Condition, Barrier, Queue), when known; detail = the error text');
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
INSERT INTO events VALUES(1,2928629724798,1,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(2,2928630183512,2,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(3,2928630419864,34,2,8589934595,NULL,NULL,NULL,8589934598,8589934599,0,'ticks');
INSERT INTO events VALUES(4,2928630781592,3,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(5,2928631265880,19,2,8589934595,8589934596,8589934600,NULL,8589934601,8589934594,0,NULL);
INSERT INTO events VALUES(6,2928631341310,12,2,8589934595,NULL,8589934600,NULL,8589934604,NULL,1,NULL);
INSERT INTO events VALUES(7,2928631369591,2,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(8,2928631432173,3,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(9,2928631679663,2,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(10,2928631705998,3,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(11,2928631807264,2,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(12,2928631829164,3,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(13,2928631956862,4,2,8589934595,8589934596,NULL,NULL,8589934593,NULL,0,NULL);
INSERT INTO events VALUES(14,2928735971276,1,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(15,2928736542096,2,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(16,2928736918411,3,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(17,2928737256136,2,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(18,2928737288765,3,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(19,2928737410287,2,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(20,2928737440028,3,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(21,2928737577499,4,3,12884901891,12884901892,NULL,NULL,12884901889,NULL,0,NULL);
INSERT INTO events VALUES(22,2928839457555,1,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(23,2928839922853,2,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(24,2929144388644,35,4,17179869187,17179869188,17179869189,NULL,17179869192,NULL,304,'task Task-1 (main)');
INSERT INTO events VALUES(25,2929291855086,3,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(26,2929292486504,2,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(27,2929292524149,3,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(28,2929292665315,2,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(29,2929292690879,3,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(30,2929292856911,4,4,17179869187,17179869188,NULL,NULL,17179869185,NULL,0,NULL);
INSERT INTO events VALUES(31,2929425116250,1,5,21474836483,21474836484,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(32,2929425591850,2,5,21474836483,21474836484,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(33,2929729961581,3,5,21474836483,21474836484,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(34,2929730371494,2,5,21474836483,21474836484,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(35,2929730420539,3,5,21474836483,21474836484,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(36,2929730650195,2,5,21474836483,21474836484,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(37,2929731494281,3,5,21474836483,21474836484,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(38,2929731803549,4,5,21474836483,21474836484,NULL,NULL,21474836481,NULL,0,NULL);
INSERT INTO events VALUES(39,2929878850367,1,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(40,2929879181765,2,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(41,2929910121989,3,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(42,2929910814948,12,6,25769803779,NULL,25769803777,NULL,25769803783,NULL,0,NULL);
INSERT INTO events VALUES(43,2929910956021,13,6,25769803779,25769803780,25769803777,NULL,25769803784,NULL,1,'Task-1');
INSERT INTO events VALUES(44,2929911038048,4,6,25769803779,25769803780,NULL,NULL,25769803787,NULL,1,NULL);
INSERT INTO events VALUES(45,2930054266875,1,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(46,2930054638753,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(47,2930085468812,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(48,2930086068307,12,7,30064771075,NULL,30064771073,NULL,30064771079,NULL,0,NULL);
INSERT INTO events VALUES(49,2930086121329,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(50,2930086184253,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(51,2930086511620,4,7,30064771075,30064771076,NULL,NULL,30064771080,NULL,0,NULL);
INSERT INTO events VALUES(52,2930213987494,1,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(53,2930214639938,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(54,2930214845257,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(55,2930215356054,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(56,2930215402343,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(57,2930215570079,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(58,2930215603398,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(59,2930215778603,4,8,34359738371,34359738372,NULL,NULL,34359738369,NULL,0,NULL);
INSERT INTO events VALUES(60,2930215871127,32,8,34359738371,34359738372,NULL,NULL,34359738379,NULL,0,'call_soon');
INSERT INTO events VALUES(61,2930353735377,1,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(62,2930354317846,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(63,2930354552337,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(64,2930355074710,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(65,2930355120997,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(66,2930355267370,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(67,2930355297774,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(68,2930355455762,4,9,38654705667,38654705668,NULL,NULL,38654705665,NULL,0,NULL);
INSERT INTO events VALUES(69,2930496296311,1,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(70,2930496602234,2,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(71,2930496806847,3,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(72,2930497339925,1,10,42949672963,42949672967,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(73,2930497451953,2,10,42949672963,42949672967,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(74,2930497575901,30,10,42949672963,42949672967,42949672968,NULL,42949672969,42949672964,42949672970,'Task <Task pending name=''Task-2'' coro=<main() running at /home/user/project/examples/cross_loop_future.py:15> cb=[_run_until_complete_cb() at /root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:180]> got Future <Future pending> attached to a different loop');
INSERT INTO events VALUES(75,2930497672479,3,10,42949672963,42949672967,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(76,2930498234391,2,10,42949672963,42949672967,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(77,2930498272115,3,10,42949672963,42949672967,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(78,2930498436809,2,10,42949672963,42949672967,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(79,2930498474378,3,10,42949672963,42949672967,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(80,2930498643370,4,10,42949672963,42949672967,NULL,NULL,42949672965,NULL,0,NULL);
INSERT INTO events VALUES(81,2930498762870,4,10,42949672963,42949672964,NULL,NULL,42949672976,NULL,0,NULL);
INSERT INTO events VALUES(82,2930620148221,1,11,47244640258,47244640257,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(83,2930620608343,1,11,47244640262,47244640263,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(84,2930620720461,2,11,47244640262,47244640263,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(85,2930621567245,2,11,47244640258,47244640257,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(86,2930622068128,3,11,47244640262,47244640263,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(87,2930622447444,2,11,47244640262,47244640263,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(88,2930622476116,3,11,47244640262,47244640263,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(89,2930622603097,2,11,47244640262,47244640263,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(90,2930622627848,3,11,47244640262,47244640263,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(91,2930622764734,4,11,47244640262,47244640263,NULL,NULL,47244640260,NULL,0,NULL);
INSERT INTO events VALUES(92,2930622930137,3,11,47244640258,47244640257,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(93,2930623199452,4,11,47244640262,47244640257,NULL,NULL,47244640272,NULL,0,NULL);
INSERT INTO events VALUES(94,2930741286902,1,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(95,2930741736252,2,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(96,2930742341368,31,12,51539607559,51539607556,NULL,NULL,51539607558,NULL,NULL,'Future.set_result');
INSERT INTO events VALUES(97,2930742849805,3,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(98,2930743243466,2,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(99,2930743277174,3,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(100,2930743418288,2,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(101,2930743464189,3,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(102,2930743726148,4,12,51539607555,51539607556,NULL,NULL,51539607553,NULL,0,NULL);
INSERT INTO events VALUES(103,2930859271461,1,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(104,2930859737085,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(105,2930860849374,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(106,2930861223381,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(107,2930861259608,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(108,2930861395331,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(109,2930861428545,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(110,2930861569939,4,13,55834574851,55834574852,NULL,NULL,55834574849,NULL,0,NULL);
INSERT INTO events VALUES(111,2930970335997,1,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(112,2930970813362,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(113,2932473912513,12,14,60129542147,NULL,60129542150,NULL,60129542158,60129542149,1,NULL);
INSERT INTO events VALUES(114,2932474167838,12,14,60129542147,NULL,60129542152,NULL,60129542158,60129542149,1,NULL);
INSERT INTO events VALUES(115,2932474560324,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(116,2932474927430,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(117,2932474955125,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(118,2932475117515,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(119,2932475142720,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(120,2932475317239,4,14,60129542147,60129542148,NULL,NULL,60129542145,NULL,0,NULL);
INSERT INTO events VALUES(121,2932583095274,1,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(122,2932583644480,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(123,2932605595397,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(124,2932606336392,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(125,2932606391487,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(126,2932606662829,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(127,2932606700898,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(128,2932606965709,4,15,64424509443,64424509444,NULL,NULL,64424509441,NULL,0,NULL);
INSERT INTO events VALUES(129,2932746819516,1,16,68719476739,68719476740,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(130,2932747306513,2,16,68719476739,68719476740,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(131,2932747604546,15,16,68719476739,68719476740,68719476742,NULL,68719476744,NULL,NULL,'ConnectionError: backend down');
INSERT INTO events VALUES(132,2932758402763,3,16,68719476739,68719476740,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(133,2932758888263,2,16,68719476739,68719476740,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(134,2932758924415,3,16,68719476739,68719476740,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(135,2932759070558,2,16,68719476739,68719476740,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(136,2932759102252,3,16,68719476739,68719476740,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(137,2932759254923,4,16,68719476739,68719476740,NULL,NULL,68719476737,NULL,0,NULL);
INSERT INTO events VALUES(138,2932884336857,1,17,73014444035,73014444036,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(139,2932884831486,2,17,73014444035,73014444036,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(140,2932885156994,3,17,73014444035,73014444036,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(141,2932885608912,2,17,73014444035,73014444036,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(142,2932885643073,3,17,73014444035,73014444036,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(143,2932885767391,2,17,73014444035,73014444036,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(144,2932885798019,3,17,73014444035,73014444036,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(145,2932885937279,4,17,73014444035,73014444036,NULL,NULL,73014444033,NULL,0,NULL);
INSERT INTO events VALUES(146,2932992446966,1,18,77309411331,77309411332,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(147,2932992916724,2,18,77309411331,77309411332,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(148,2932993088409,20,18,77309411331,NULL,NULL,NULL,77309411334,77309411335,0,'save');
INSERT INTO events VALUES(149,2932997708432,3,18,77309411331,77309411332,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(150,2932998113794,2,18,77309411331,77309411332,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(151,2932998150063,3,18,77309411331,77309411332,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(152,2932998284851,2,18,77309411331,77309411332,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(153,2932998309235,3,18,77309411331,77309411332,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(154,2932998454425,4,18,77309411331,77309411332,NULL,NULL,77309411329,NULL,0,NULL);
INSERT INTO events VALUES(155,2933131597675,1,19,81604378627,81604378628,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(156,2933132140094,2,19,81604378627,81604378628,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(157,2933132329767,3,19,81604378627,81604378628,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(158,2933132822715,2,19,81604378627,81604378628,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(159,2933132858896,3,19,81604378627,81604378628,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(160,2933133017329,2,19,81604378627,81604378628,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(161,2933133062981,3,19,81604378627,81604378628,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(162,2933133279459,4,19,81604378627,81604378628,NULL,NULL,81604378625,NULL,0,NULL);
INSERT INTO events VALUES(163,2933286319141,1,20,85899345923,85899345924,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(164,2933286681932,2,20,85899345923,85899345924,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(165,2933317940525,3,20,85899345923,85899345924,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(166,2933318912063,13,20,85899345923,85899345924,85899345921,NULL,85899345927,NULL,0,'Task-1');
INSERT INTO events VALUES(167,2933319016227,4,20,85899345923,85899345924,NULL,NULL,85899345930,NULL,1,NULL);
INSERT INTO events VALUES(168,2933470526767,1,21,90194313219,90194313220,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(169,2933471024664,2,21,90194313219,90194313220,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(170,2933502612331,3,21,90194313219,90194313220,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(171,2933503655182,2,21,90194313219,90194313220,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(172,2933503720875,3,21,90194313219,90194313220,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(173,2933504104479,2,21,90194313219,90194313220,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(174,2933504151166,3,21,90194313219,90194313220,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(175,2933504454310,4,21,90194313219,90194313220,NULL,NULL,90194313217,NULL,0,NULL);
INSERT INTO events VALUES(176,2933662829212,1,22,94489280515,94489280516,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(177,2933663357091,2,22,94489280515,94489280516,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(178,2935163238037,3,22,94489280515,94489280516,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(179,2935163423740,12,22,94489280515,NULL,94489280513,NULL,94489280525,NULL,0,NULL);
INSERT INTO events VALUES(180,2935163444614,12,22,94489280515,NULL,94489280517,NULL,94489280525,NULL,0,NULL);
INSERT INTO events VALUES(181,2935163487581,2,22,94489280515,94489280516,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(182,2935163663035,3,22,94489280515,94489280516,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(183,2935163955455,4,22,94489280515,94489280516,NULL,NULL,94489280526,NULL,0,NULL);
INSERT INTO events VALUES(184,2935267947391,1,23,98784247811,98784247812,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(185,2935268394471,2,23,98784247811,98784247812,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(186,2935470489468,12,23,98784247811,NULL,98784247813,NULL,98784247817,98784247809,0,NULL);
INSERT INTO events VALUES(187,2935470596976,3,23,98784247811,98784247812,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(188,2935470843066,4,23,98784247811,98784247812,NULL,NULL,98784247818,NULL,0,NULL);
INSERT INTO events VALUES(189,2935597024995,1,24,103079215107,103079215108,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(190,2935597667019,2,24,103079215107,103079215108,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(191,2935603663015,14,24,103079215107,103079215108,103079215110,NULL,NULL,103079215112,0,'Task-2');
INSERT INTO events VALUES(192,2935603906986,3,24,103079215107,103079215108,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(193,2935604501475,2,24,103079215107,103079215108,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(194,2935604557890,3,24,103079215107,103079215108,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(195,2935604772923,2,24,103079215107,103079215108,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(196,2935604818817,3,24,103079215107,103079215108,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(197,2935605038705,4,24,103079215107,103079215108,NULL,NULL,103079215105,NULL,0,NULL);
INSERT INTO events VALUES(198,2935724538610,1,25,107374182403,107374182404,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(199,2935725019276,2,25,107374182403,107374182404,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(200,2935729262642,12,25,107374182403,NULL,107374182406,NULL,107374182408,107374182405,0,NULL);
INSERT INTO events VALUES(201,2935729440973,3,25,107374182403,107374182404,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(202,2935730017100,2,25,107374182403,107374182404,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(203,2935730054014,3,25,107374182403,107374182404,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(204,2935730182216,2,25,107374182403,107374182404,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(205,2935730204450,3,25,107374182403,107374182404,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(206,2935730343029,4,25,107374182403,107374182404,NULL,NULL,107374182401,NULL,0,NULL);
INSERT INTO events VALUES(207,2935847345515,1,26,111669149699,111669149700,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(208,2935847833840,2,26,111669149699,111669149700,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(209,2935848145551,3,26,111669149699,111669149700,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(210,2935848615054,19,26,111669149699,111669149700,111669149702,NULL,111669149704,111669149698,0,NULL);
INSERT INTO events VALUES(211,2935848702073,12,26,111669149699,NULL,111669149702,NULL,111669149708,NULL,1,NULL);
INSERT INTO events VALUES(212,2935848729093,2,26,111669149699,111669149700,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(213,2935848790851,3,26,111669149699,111669149700,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(214,2935849037122,2,26,111669149699,111669149700,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(215,2935849070715,3,26,111669149699,111669149700,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(216,2935849170774,2,26,111669149699,111669149700,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(217,2935849193104,3,26,111669149699,111669149700,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(218,2935849320556,4,26,111669149699,111669149700,NULL,NULL,111669149697,NULL,0,NULL);
INSERT INTO events VALUES(219,2935981208454,1,27,115964116995,115964116996,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(220,2935981796239,2,27,115964116995,115964116996,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(221,2936082554587,3,27,115964116995,115964116996,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(222,2936083278803,2,27,115964116995,115964116996,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(223,2936083388594,3,27,115964116995,115964116996,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(224,2936083739363,2,27,115964116995,115964116996,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(225,2936083776708,3,27,115964116995,115964116996,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(226,2936083997004,4,27,115964116995,115964116996,NULL,NULL,115964116993,NULL,0,NULL);
INSERT INTO events VALUES(227,2936227043106,1,28,120259084291,120259084292,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(228,2936228249907,2,28,120259084291,120259084292,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(229,2936230302991,3,28,120259084291,120259084292,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(230,2936230806753,2,28,120259084291,120259084292,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(231,2936230841579,3,28,120259084291,120259084292,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(232,2936231000628,2,28,120259084291,120259084292,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(233,2936231026735,3,28,120259084291,120259084292,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(234,2936231165614,33,28,120259084291,120259084292,NULL,NULL,120259084299,NULL,NULL,'_SelectorSocketTransport');
INSERT INTO events VALUES(235,2936231178376,4,28,120259084291,120259084292,NULL,NULL,120259084289,NULL,0,NULL);
INSERT INTO events VALUES(236,2936377995196,1,29,124554051587,124554051588,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(237,2936378567200,2,29,124554051587,124554051588,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(238,2936380767080,3,29,124554051587,124554051588,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(239,2936381231674,2,29,124554051587,124554051588,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(240,2936381266612,3,29,124554051587,124554051588,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(241,2936381452626,2,29,124554051587,124554051588,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(242,2936381482148,3,29,124554051587,124554051588,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(243,2936381633300,4,29,124554051587,124554051588,NULL,NULL,124554051585,NULL,0,NULL);
CREATE VIEW task_outcomes AS
    SELECT task_id, ts, outcome, exception FROM task_ends
    UNION ALL
    SELECT id, ended_ns, outcome, exception FROM tasks
    WHERE ended_ns IS NOT NULL AND id NOT IN (SELECT task_id FROM task_ends);
CREATE INDEX events_by_kind ON events (kind, task_id);
COMMIT;
PRAGMA user_version = 7;
