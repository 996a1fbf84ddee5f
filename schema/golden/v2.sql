-- A trace of schema version 2: examples/all.py recorded by the recorder of that version (paths under /home/user/project).
-- Both test suites read it: see schema/README.md, Versioning.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,     -- schema_version, recorder_version, created_wall_ns
    value TEXT NOT NULL
);
INSERT INTO meta VALUES('schema_version','2');
INSERT INTO meta VALUES('recorder_version','0.1.0');
INSERT INTO meta VALUES('created_wall_ns','1796170712704523495');
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
INSERT INTO processes VALUES(1,6446,6445,'["/root/.pyenv/versions/3.11.7/bin/python3", "all.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796170712704523495,7686858580245,7689182210046);
INSERT INTO processes VALUES(2,6487,6446,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cancel_then_close.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796170712793756510,7686947811748,7687034785433);
INSERT INTO processes VALUES(3,6488,6446,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cancel_then_close_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796170712949339209,7687103394868,7687191109519);
INSERT INTO processes VALUES(4,6489,6446,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_loop_future.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796170713105551229,7687259605916,7687324750172);
INSERT INTO processes VALUES(5,6490,6446,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_loop_future_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796170713239310728,7687393365816,7687465307328);
INSERT INTO processes VALUES(6,6492,6446,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_thread_call.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796170713391031471,7687545087250,7687621098236);
INSERT INTO processes VALUES(7,6494,6446,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_thread_call_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796170713547125121,7687701180649,7687764895433);
INSERT INTO processes VALUES(8,6496,6446,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/exception_never_retrieved.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796170713698818664,7687852874884,7687944716630);
INSERT INTO processes VALUES(9,6497,6446,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/exception_never_retrieved_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796170713866893847,7688020949165,7688100806232);
INSERT INTO processes VALUES(10,6498,6446,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/leaked_coroutine.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796170714032087823,7688186142891,7688262515069);
INSERT INTO processes VALUES(11,6499,6446,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/leaked_coroutine_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796170714190411795,7688344468455,7688434052018);
INSERT INTO processes VALUES(12,6500,6446,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/pending_at_close.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796170714359845594,7688513900071,7688626002943);
INSERT INTO processes VALUES(13,6501,6446,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/pending_at_close_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796170714558642320,7688712697938,7688829263750);
INSERT INTO processes VALUES(14,6502,6446,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_destroyed_pending.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796170714764252606,7688918307904,7688995109075);
INSERT INTO processes VALUES(15,6503,6446,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_destroyed_pending_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796170714916286756,7689070342715,7689151275527);
CREATE TABLE threads (
    id         INTEGER PRIMARY KEY,      -- (process << 32) | serial
    process_id INTEGER NOT NULL,         -- processes.id
    ident      INTEGER NOT NULL,         -- threading.get_ident() (reused by the OS: never a key)
    native_id  INTEGER,                  -- threading.get_native_id(), the OS thread id
    name       TEXT                      -- threading.current_thread().name when first seen
);
INSERT INTO threads VALUES(8589934595,2,140667038456704,6487,'MainThread');
INSERT INTO threads VALUES(12884901891,3,139695751076736,6488,'MainThread');
INSERT INTO threads VALUES(17179869187,4,140198218382208,6489,'MainThread');
INSERT INTO threads VALUES(21474836482,5,140125640062656,6491,'Thread-1 (run_forever)');
INSERT INTO threads VALUES(21474836486,5,140125667572608,6490,'MainThread');
INSERT INTO threads VALUES(25769803779,6,140069403253632,6492,'MainThread');
INSERT INTO threads VALUES(25769803782,6,140069375571648,6493,'Thread-1 (produce)');
INSERT INTO threads VALUES(30064771075,7,139949854407552,6494,'MainThread');
INSERT INTO threads VALUES(34359738371,8,140398521498496,6496,'MainThread');
INSERT INTO threads VALUES(38654705667,9,140521347664768,6497,'MainThread');
INSERT INTO threads VALUES(42949672963,10,139705956404096,6498,'MainThread');
INSERT INTO threads VALUES(47244640259,11,140590839135104,6499,'MainThread');
INSERT INTO threads VALUES(51539607555,12,140261999278976,6500,'MainThread');
INSERT INTO threads VALUES(55834574851,13,140167371590528,6501,'MainThread');
INSERT INTO threads VALUES(60129542147,14,140182653307776,6502,'MainThread');
INSERT INTO threads VALUES(64424509443,15,140397949148032,6503,'MainThread');
CREATE TABLE tests (
    id         INTEGER PRIMARY KEY,      -- (process << 32) | serial
    process_id INTEGER NOT NULL,         -- the process (an xdist worker, say) that ran the test
    nodeid     TEXT NOT NULL,            -- pytest node id, e.g. "tests/test_x.py::test_leak[1]"
    outcome    TEXT,                     -- passed | failed | skipped; NULL while running or if killed
    start_ns   INTEGER NOT NULL,         -- setup began
    end_ns     INTEGER                   -- teardown ended
);
CREATE TABLE sites (
    id       INTEGER PRIMARY KEY,        -- (process << 32) | serial
    file     TEXT NOT NULL,              -- absolute path as Python saw it (co_filename)
    line     INTEGER NOT NULL,           -- 1-based line number (0 when unknown)
    function TEXT NOT NULL,              -- co_name / qualname of the function
    stack    TEXT                        -- short stack, innermost first, one "file:line:function" a line
);
INSERT INTO sites VALUES(8589934594,'/home/user/project/examples/cancel_then_close.py',12,'<module>','/home/user/project/examples/cancel_then_close.py:12:<module>');
INSERT INTO sites VALUES(8589934598,'/home/user/project/examples/cancel_then_close.py',13,'<module>','/home/user/project/examples/cancel_then_close.py:13:<module>');
INSERT INTO sites VALUES(8589934599,'/home/user/project/examples/cancel_then_close.py',14,'<module>','/home/user/project/examples/cancel_then_close.py:14:<module>');
INSERT INTO sites VALUES(8589934600,'/home/user/project/examples/cancel_then_close.py',8,'heartbeat','/home/user/project/examples/cancel_then_close.py:8:heartbeat');
INSERT INTO sites VALUES(8589934601,'/home/user/project/examples/cancel_then_close.py',15,'<module>','/home/user/project/examples/cancel_then_close.py:15:<module>');
INSERT INTO sites VALUES(12884901890,'/home/user/project/examples/cancel_then_close_fixed.py',11,'<module>','/home/user/project/examples/cancel_then_close_fixed.py:11:<module>');
INSERT INTO sites VALUES(12884901894,'/home/user/project/examples/cancel_then_close_fixed.py',12,'<module>','/home/user/project/examples/cancel_then_close_fixed.py:12:<module>');
INSERT INTO sites VALUES(12884901895,'/home/user/project/examples/cancel_then_close_fixed.py',13,'<module>','/home/user/project/examples/cancel_then_close_fixed.py:13:<module>');
INSERT INTO sites VALUES(12884901896,'/home/user/project/examples/cancel_then_close_fixed.py',15,'<module>','/home/user/project/examples/cancel_then_close_fixed.py:15:<module>');
INSERT INTO sites VALUES(17179869186,'/home/user/project/examples/cross_loop_future.py',10,'<module>','/home/user/project/examples/cross_loop_future.py:10:<module>');
INSERT INTO sites VALUES(17179869190,'/home/user/project/examples/cross_loop_future.py',20,'<module>','/home/user/project/examples/cross_loop_future.py:20:<module>');
INSERT INTO sites VALUES(17179869192,'/home/user/project/examples/cross_loop_future.py',15,'main','/home/user/project/examples/cross_loop_future.py:15:main');
INSERT INTO sites VALUES(17179869195,'/home/user/project/examples/cross_loop_future.py',21,'<module>','/home/user/project/examples/cross_loop_future.py:21:<module>');
INSERT INTO sites VALUES(21474836483,'/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py',982,'run',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:982:run\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:1045:_bootstrap_inner\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:1002:_bootstrap','\n',char(10)));
INSERT INTO sites VALUES(21474836485,'/home/user/project/examples/cross_loop_future_fixed.py',22,'<module>','/home/user/project/examples/cross_loop_future_fixed.py:22:<module>');
INSERT INTO sites VALUES(21474836489,'/home/user/project/examples/cross_loop_future_fixed.py',18,'main',replace('/home/user/project/examples/cross_loop_future_fixed.py:18:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:982:run\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:1045:_bootstrap_inner\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:1002:_bootstrap','\n',char(10)));
INSERT INTO sites VALUES(21474836492,'/home/user/project/examples/cross_loop_future_fixed.py',25,'<module>','/home/user/project/examples/cross_loop_future_fixed.py:25:<module>');
INSERT INTO sites VALUES(25769803778,'/home/user/project/examples/cross_thread_call.py',22,'<module>','/home/user/project/examples/cross_thread_call.py:22:<module>');
INSERT INTO sites VALUES(25769803781,'/home/user/project/examples/cross_thread_call.py',9,'produce',replace('/home/user/project/examples/cross_thread_call.py:9:produce\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:982:run\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:1045:_bootstrap_inner\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:1002:_bootstrap','\n',char(10)));
INSERT INTO sites VALUES(30064771074,'/home/user/project/examples/cross_thread_call_fixed.py',20,'<module>','/home/user/project/examples/cross_thread_call_fixed.py:20:<module>');
INSERT INTO sites VALUES(34359738370,'/home/user/project/examples/exception_never_retrieved.py',16,'<module>','/home/user/project/examples/exception_never_retrieved.py:16:<module>');
INSERT INTO sites VALUES(34359738374,'/home/user/project/examples/exception_never_retrieved.py',11,'main',replace('/home/user/project/examples/exception_never_retrieved.py:11:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(34359738375,'/home/user/project/examples/exception_never_retrieved.py',7,'fetch','/home/user/project/examples/exception_never_retrieved.py:7:fetch');
INSERT INTO sites VALUES(38654705666,'/home/user/project/examples/exception_never_retrieved_fixed.py',17,'<module>','/home/user/project/examples/exception_never_retrieved_fixed.py:17:<module>');
INSERT INTO sites VALUES(38654705670,'/home/user/project/examples/exception_never_retrieved_fixed.py',10,'main',replace('/home/user/project/examples/exception_never_retrieved_fixed.py:10:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(42949672962,'/home/user/project/examples/leaked_coroutine.py',15,'<module>','/home/user/project/examples/leaked_coroutine.py:15:<module>');
INSERT INTO sites VALUES(42949672965,'/home/user/project/examples/leaked_coroutine.py',11,'main','/home/user/project/examples/leaked_coroutine.py:11:main');
INSERT INTO sites VALUES(47244640258,'/home/user/project/examples/leaked_coroutine_fixed.py',15,'<module>','/home/user/project/examples/leaked_coroutine_fixed.py:15:<module>');
INSERT INTO sites VALUES(51539607554,'/home/user/project/examples/pending_at_close.py',11,'<module>','/home/user/project/examples/pending_at_close.py:11:<module>');
INSERT INTO sites VALUES(51539607558,'/home/user/project/examples/pending_at_close.py',12,'<module>','/home/user/project/examples/pending_at_close.py:12:<module>');
INSERT INTO sites VALUES(51539607559,'/home/user/project/examples/pending_at_close.py',7,'poll','/home/user/project/examples/pending_at_close.py:7:poll');
INSERT INTO sites VALUES(51539607560,'/home/user/project/examples/pending_at_close.py',13,'<module>','/home/user/project/examples/pending_at_close.py:13:<module>');
INSERT INTO sites VALUES(55834574850,'/home/user/project/examples/pending_at_close_fixed.py',19,'<module>','/home/user/project/examples/pending_at_close_fixed.py:19:<module>');
INSERT INTO sites VALUES(55834574854,'/home/user/project/examples/pending_at_close_fixed.py',13,'main',replace('/home/user/project/examples/pending_at_close_fixed.py:13:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(60129542146,'/home/user/project/examples/task_destroyed_pending.py',18,'<module>','/home/user/project/examples/task_destroyed_pending.py:18:<module>');
INSERT INTO sites VALUES(60129542150,'/home/user/project/examples/task_destroyed_pending.py',12,'main',replace('/home/user/project/examples/task_destroyed_pending.py:12:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(64424509442,'/home/user/project/examples/task_destroyed_pending_fixed.py',25,'<module>','/home/user/project/examples/task_destroyed_pending_fixed.py:25:<module>');
INSERT INTO sites VALUES(64424509446,'/home/user/project/examples/task_destroyed_pending_fixed.py',14,'main',replace('/home/user/project/examples/task_destroyed_pending_fixed.py:14:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(64424509447,'/home/user/project/examples/task_destroyed_pending_fixed.py',20,'main',replace('/home/user/project/examples/task_destroyed_pending_fixed.py:20:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
CREATE TABLE loops (
    id         INTEGER PRIMARY KEY,      -- (process << 32) | serial
    process_id INTEGER NOT NULL,
    class_name TEXT NOT NULL,            -- e.g. "_UnixSelectorEventLoop", "Loop" (uvloop)
    thread_id  INTEGER,                  -- threads.id of the thread that created it
    site_id    INTEGER,                  -- sites.id of the user code that created it
    test_id    INTEGER,                  -- tests.id current at creation
    created_ns INTEGER NOT NULL
);
INSERT INTO loops VALUES(8589934596,2,'_UnixSelectorEventLoop',8589934595,8589934594,NULL,7686998169202);
INSERT INTO loops VALUES(12884901892,3,'_UnixSelectorEventLoop',12884901891,12884901890,NULL,7687153428124);
INSERT INTO loops VALUES(17179869188,4,'_UnixSelectorEventLoop',17179869187,17179869186,NULL,7687319013658);
INSERT INTO loops VALUES(17179869191,4,'_UnixSelectorEventLoop',17179869187,17179869190,NULL,7687319713789);
INSERT INTO loops VALUES(21474836481,5,'_UnixSelectorEventLoop',21474836482,21474836483,NULL,7687458067258);
INSERT INTO loops VALUES(21474836487,5,'_UnixSelectorEventLoop',21474836486,21474836485,NULL,7687458381715);
INSERT INTO loops VALUES(25769803780,6,'_UnixSelectorEventLoop',25769803779,25769803778,NULL,7687615018262);
INSERT INTO loops VALUES(30064771076,7,'_UnixSelectorEventLoop',30064771075,30064771074,NULL,7687759552244);
INSERT INTO loops VALUES(34359738372,8,'_UnixSelectorEventLoop',34359738371,34359738370,NULL,7687926683243);
INSERT INTO loops VALUES(38654705668,9,'_UnixSelectorEventLoop',38654705667,38654705666,NULL,7688094763253);
INSERT INTO loops VALUES(42949672964,10,'_UnixSelectorEventLoop',42949672963,42949672962,NULL,7688246143004);
INSERT INTO loops VALUES(47244640260,11,'_UnixSelectorEventLoop',47244640259,47244640258,NULL,7688426905717);
INSERT INTO loops VALUES(51539607556,12,'_UnixSelectorEventLoop',51539607555,51539607554,NULL,7688588388497);
INSERT INTO loops VALUES(55834574852,13,'_UnixSelectorEventLoop',55834574851,55834574850,NULL,7688792391032);
INSERT INTO loops VALUES(60129542148,14,'_UnixSelectorEventLoop',60129542147,60129542146,NULL,7688982836889);
INSERT INTO loops VALUES(64424509444,15,'_UnixSelectorEventLoop',64424509443,64424509442,NULL,7689142189611);
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
INSERT INTO tasks VALUES(8589934593,2,8589934596,NULL,'Task-1','heartbeat',8589934594,8589934595,NULL,7686998353666);
INSERT INTO tasks VALUES(8589934597,2,8589934596,NULL,'Task-2','sleep',8589934598,8589934595,NULL,7686998396179);
INSERT INTO tasks VALUES(12884901889,3,12884901892,NULL,'Task-1','heartbeat',12884901890,12884901891,NULL,7687153636494);
INSERT INTO tasks VALUES(12884901893,3,12884901892,NULL,'Task-2','sleep',12884901894,12884901891,NULL,7687153696723);
INSERT INTO tasks VALUES(17179869185,4,17179869188,NULL,'Task-1','make_future',17179869186,17179869187,NULL,7687319266965);
INSERT INTO tasks VALUES(17179869189,4,17179869191,NULL,'Task-2','main',17179869190,17179869187,NULL,7687319716824);
INSERT INTO tasks VALUES(17179869193,4,17179869191,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',17179869190,17179869187,NULL,7687320274474);
INSERT INTO tasks VALUES(17179869194,4,17179869191,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',17179869190,17179869187,NULL,7687320400221);
INSERT INTO tasks VALUES(21474836484,5,21474836487,NULL,'Task-1','main',21474836485,21474836486,NULL,7687458386142);
INSERT INTO tasks VALUES(21474836488,5,21474836481,NULL,'Task-2','compute',21474836489,21474836482,NULL,7687458970702);
INSERT INTO tasks VALUES(21474836490,5,21474836487,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',21474836485,21474836486,NULL,7687459683622);
INSERT INTO tasks VALUES(21474836491,5,21474836487,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',21474836485,21474836486,NULL,7687459843389);
INSERT INTO tasks VALUES(25769803777,6,25769803780,NULL,'Task-1','main',25769803778,25769803779,NULL,7687615227303);
INSERT INTO tasks VALUES(25769803783,6,25769803780,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',25769803778,25769803779,NULL,7687616964417);
INSERT INTO tasks VALUES(25769803784,6,25769803780,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',25769803778,25769803779,NULL,7687617189421);
INSERT INTO tasks VALUES(30064771073,7,30064771076,NULL,'Task-1','main',30064771074,30064771075,NULL,7687759802887);
INSERT INTO tasks VALUES(30064771077,7,30064771076,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',30064771074,30064771075,NULL,7687760893470);
INSERT INTO tasks VALUES(30064771078,7,30064771076,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',30064771074,30064771075,NULL,7687761008371);
INSERT INTO tasks VALUES(34359738369,8,34359738372,NULL,'Task-1','main',34359738370,34359738371,NULL,7687926954496);
INSERT INTO tasks VALUES(34359738373,8,34359738372,34359738369,'Task-2','fetch',34359738374,34359738371,NULL,7687927218028);
INSERT INTO tasks VALUES(34359738376,8,34359738372,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',34359738370,34359738371,NULL,7687938914128);
INSERT INTO tasks VALUES(34359738377,8,34359738372,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',34359738370,34359738371,NULL,7687939164180);
INSERT INTO tasks VALUES(38654705665,9,38654705668,NULL,'Task-1','main',38654705666,38654705667,NULL,7688095037150);
INSERT INTO tasks VALUES(38654705669,9,38654705668,38654705665,'Task-2','fetch',38654705670,38654705667,NULL,7688095238319);
INSERT INTO tasks VALUES(38654705671,9,38654705668,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',38654705666,38654705667,NULL,7688095652676);
INSERT INTO tasks VALUES(38654705672,9,38654705668,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',38654705666,38654705667,NULL,7688095770681);
INSERT INTO tasks VALUES(42949672961,10,42949672964,NULL,'Task-1','main',42949672962,42949672963,NULL,7688246434538);
INSERT INTO tasks VALUES(42949672967,10,42949672964,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',42949672962,42949672963,NULL,7688255119638);
INSERT INTO tasks VALUES(42949672968,10,42949672964,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',42949672962,42949672963,NULL,7688255250272);
INSERT INTO tasks VALUES(47244640257,11,47244640260,NULL,'Task-1','main',47244640258,47244640259,NULL,7688427278281);
INSERT INTO tasks VALUES(47244640261,11,47244640260,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',47244640258,47244640259,NULL,7688427945904);
INSERT INTO tasks VALUES(47244640262,11,47244640260,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',47244640258,47244640259,NULL,7688428302575);
INSERT INTO tasks VALUES(51539607553,12,51539607556,NULL,'Task-1','poll',51539607554,51539607555,NULL,7688588669335);
INSERT INTO tasks VALUES(51539607557,12,51539607556,NULL,'Task-2','sleep',51539607558,51539607555,NULL,7688588727101);
INSERT INTO tasks VALUES(55834574849,13,55834574852,NULL,'Task-1','main',55834574850,55834574851,NULL,7688792669546);
INSERT INTO tasks VALUES(55834574853,13,55834574852,55834574849,'Task-2','poll',55834574854,55834574851,NULL,7688792883895);
INSERT INTO tasks VALUES(55834574855,13,55834574852,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',55834574850,55834574851,NULL,7688825240865);
INSERT INTO tasks VALUES(55834574856,13,55834574852,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',55834574850,55834574851,NULL,7688825441003);
INSERT INTO tasks VALUES(60129542145,14,60129542148,NULL,'Task-1','main',60129542146,60129542147,NULL,7688983088413);
INSERT INTO tasks VALUES(60129542149,14,60129542148,60129542145,'Task-2','send_metrics',60129542150,60129542147,NULL,7688983263013);
INSERT INTO tasks VALUES(60129542151,14,60129542148,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',60129542146,60129542147,NULL,7688991480928);
INSERT INTO tasks VALUES(60129542152,14,60129542148,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',60129542146,60129542147,NULL,7688991653254);
INSERT INTO tasks VALUES(64424509441,15,64424509444,NULL,'Task-1','main',64424509442,64424509443,NULL,7689142452842);
INSERT INTO tasks VALUES(64424509445,15,64424509444,64424509441,'Task-2','send_metrics',64424509446,64424509443,NULL,7689142617497);
INSERT INTO tasks VALUES(64424509448,15,64424509444,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',64424509442,64424509443,NULL,7689148547279);
INSERT INTO tasks VALUES(64424509449,15,64424509444,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',64424509442,64424509443,NULL,7689148675129);
CREATE TABLE task_ends (
    task_id    INTEGER PRIMARY KEY,      -- tasks.id
    ts         INTEGER NOT NULL,         -- time.monotonic_ns() when it finished
    outcome    INTEGER NOT NULL,         -- 0 returned a result, 1 raised an exception, 2 was cancelled
    exception  TEXT                      -- qualified name of the exception's type when outcome = 1
);
INSERT INTO task_ends VALUES(8589934597,7687029566219,0,NULL);
INSERT INTO task_ends VALUES(12884901889,7687185561366,2,NULL);
INSERT INTO task_ends VALUES(12884901893,7687184913452,0,NULL);
INSERT INTO task_ends VALUES(17179869185,7687319335046,0,NULL);
INSERT INTO task_ends VALUES(17179869189,7687319953426,0,NULL);
INSERT INTO task_ends VALUES(17179869193,7687320298209,0,NULL);
INSERT INTO task_ends VALUES(17179869194,7687320422053,0,NULL);
INSERT INTO task_ends VALUES(21474836484,7687459286361,0,NULL);
INSERT INTO task_ends VALUES(21474836488,7687459058542,0,NULL);
INSERT INTO task_ends VALUES(21474836490,7687459709530,0,NULL);
INSERT INTO task_ends VALUES(21474836491,7687459863009,0,NULL);
INSERT INTO task_ends VALUES(25769803777,7687616544582,0,NULL);
INSERT INTO task_ends VALUES(25769803783,7687617041642,0,NULL);
INSERT INTO task_ends VALUES(25769803784,7687617214589,0,NULL);
INSERT INTO task_ends VALUES(30064771073,7687760619332,0,NULL);
INSERT INTO task_ends VALUES(30064771077,7687760913489,0,NULL);
INSERT INTO task_ends VALUES(30064771078,7687761026708,0,NULL);
INSERT INTO task_ends VALUES(34359738369,7687938236470,0,NULL);
INSERT INTO task_ends VALUES(34359738373,7687927272269,1,'ConnectionError');
INSERT INTO task_ends VALUES(34359738376,7687938972384,0,NULL);
INSERT INTO task_ends VALUES(34359738377,7687939202777,0,NULL);
INSERT INTO task_ends VALUES(38654705665,7688095322344,0,NULL);
INSERT INTO task_ends VALUES(38654705669,7688095271789,1,'ConnectionError');
INSERT INTO task_ends VALUES(38654705671,7688095677613,0,NULL);
INSERT INTO task_ends VALUES(38654705672,7688095786755,0,NULL);
INSERT INTO task_ends VALUES(42949672961,7688254640265,0,NULL);
INSERT INTO task_ends VALUES(42949672967,7688255148711,0,NULL);
INSERT INTO task_ends VALUES(42949672968,7688255266226,0,NULL);
INSERT INTO task_ends VALUES(47244640257,7688427484898,0,NULL);
INSERT INTO task_ends VALUES(47244640261,7688428062868,0,NULL);
INSERT INTO task_ends VALUES(47244640262,7688428332078,0,NULL);
INSERT INTO task_ends VALUES(51539607557,7688620241252,0,NULL);
INSERT INTO task_ends VALUES(55834574849,7688824609356,0,NULL);
INSERT INTO task_ends VALUES(55834574853,7688824518821,0,NULL);
INSERT INTO task_ends VALUES(55834574855,7688825285622,0,NULL);
INSERT INTO task_ends VALUES(55834574856,7688825461714,0,NULL);
INSERT INTO task_ends VALUES(60129542145,7688990925652,0,NULL);
INSERT INTO task_ends VALUES(60129542151,7688991523281,0,NULL);
INSERT INTO task_ends VALUES(60129542152,7688991676419,0,NULL);
INSERT INTO task_ends VALUES(64424509441,7689148123298,0,NULL);
INSERT INTO task_ends VALUES(64424509445,7689148062347,2,NULL);
INSERT INTO task_ends VALUES(64424509448,7689148570523,0,NULL);
INSERT INTO task_ends VALUES(64424509449,7689148690121,0,NULL);
CREATE TABLE gaps (
    id         INTEGER PRIMARY KEY,
    process_id INTEGER NOT NULL,         -- processes.id
    ts         INTEGER NOT NULL,         -- time.monotonic_ns() when it happened
    kind       TEXT NOT NULL,            -- recording_stopped: nothing more was written by this process
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
INSERT INTO hooks VALUES(1,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(1,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(1,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(1,'fork','os.register_at_fork and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(1,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the trace closed first','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(2,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(2,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(2,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(2,'fork','os.register_at_fork and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(2,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the trace closed first','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(2,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(2,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(2,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(2,'sys.monitoring PY_THROW','sys.monitoring tool 3 or 4: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(3,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(3,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(3,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(3,'fork','os.register_at_fork and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(3,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the trace closed first','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(3,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(3,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(3,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(3,'sys.monitoring PY_THROW','sys.monitoring tool 3 or 4: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(4,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(4,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(4,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(4,'fork','os.register_at_fork and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(4,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the trace closed first','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(4,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(4,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(4,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(4,'sys.monitoring PY_THROW','sys.monitoring tool 3 or 4: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(5,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(5,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(5,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(5,'fork','os.register_at_fork and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(5,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the trace closed first','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(5,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(5,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(5,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(5,'sys.monitoring PY_THROW','sys.monitoring tool 3 or 4: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(6,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(6,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(6,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(6,'fork','os.register_at_fork and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(6,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the trace closed first','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(6,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(6,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(6,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(6,'sys.monitoring PY_THROW','sys.monitoring tool 3 or 4: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(7,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(7,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(7,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(7,'fork','os.register_at_fork and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(7,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the trace closed first','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(7,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(7,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(7,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(7,'sys.monitoring PY_THROW','sys.monitoring tool 3 or 4: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(8,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(8,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(8,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(8,'fork','os.register_at_fork and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(8,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the trace closed first','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(8,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(8,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(8,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(8,'sys.monitoring PY_THROW','sys.monitoring tool 3 or 4: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(9,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(9,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(9,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(9,'fork','os.register_at_fork and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(9,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the trace closed first','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(9,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(9,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(9,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(9,'sys.monitoring PY_THROW','sys.monitoring tool 3 or 4: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(10,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(10,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(10,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(10,'fork','os.register_at_fork and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(10,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the trace closed first','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(10,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(10,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(10,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(10,'sys.monitoring PY_THROW','sys.monitoring tool 3 or 4: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(11,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(11,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(11,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(11,'fork','os.register_at_fork and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(11,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the trace closed first','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(11,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(11,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(11,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(11,'sys.monitoring PY_THROW','sys.monitoring tool 3 or 4: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(12,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(12,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(12,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(12,'fork','os.register_at_fork and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(12,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the trace closed first','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(12,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(12,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(12,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(12,'sys.monitoring PY_THROW','sys.monitoring tool 3 or 4: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(13,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(13,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(13,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(13,'fork','os.register_at_fork and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(13,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the trace closed first','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(13,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(13,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(13,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(13,'sys.monitoring PY_THROW','sys.monitoring tool 3 or 4: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(14,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(14,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(14,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(14,'fork','os.register_at_fork and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(14,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the trace closed first','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(14,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(14,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(14,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(14,'sys.monitoring PY_THROW','sys.monitoring tool 3 or 4: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
INSERT INTO hooks VALUES(15,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(15,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(15,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(15,'fork','os.register_at_fork and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(15,'os.exec','wrappers of os.execv and os.execve: what is left is reported and the trace closed first','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop.create_task','recompiled from asyncio''s source: our Task class, registration, thread check','3.9+','installed','pending-at-close task-destroyed-pending cancelled-unfinished exception-never-retrieved cross-thread-call',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop.call_soon','recompiled from asyncio''s source: thread check, task ends seen inline','3.9+','installed','cross-thread-call cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop.close','recompiled from asyncio''s source: pending tasks listed before the loop closes','3.9+','installed','pending-at-close cancelled-unfinished',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop.create_future','recompiled from asyncio''s source: our Future class (its get_loop probe)','3.9-3.11','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(15,'_LoopBoundMixin._get_loop','recompiled from asyncio''s source: a primitive used on a second loop','3.10+','installed','cross-loop-await',NULL);
INSERT INTO hooks VALUES(15,'BaseEventLoop.call_exception_handler','wrapper: tasks destroyed pending, exceptions never retrieved','3.9+','installed','task-destroyed-pending exception-never-retrieved',NULL);
INSERT INTO hooks VALUES(15,'events._set_running_loop','wrapper: loops that start and stop running; uvloop''s task factory','3.9+','installed','',NULL);
INSERT INTO hooks VALUES(15,'sys.monitoring PY_THROW','sys.monitoring tool 3 or 4: the ''attached to a different loop'' error thrown','3.12+','not_applicable','cross-loop-await',NULL);
CREATE TABLE event_kinds (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL
);
INSERT INTO event_kinds VALUES(1,'loop_created','a loop was constructed; site_id = creator, detail = class name');
INSERT INTO event_kinds VALUES(2,'loop_run_start','run_forever began on thread_id');
INSERT INTO event_kinds VALUES(3,'loop_run_stop','run_forever returned');
INSERT INTO event_kinds VALUES(4,'loop_closed','close() ran; site_id = the program line that closed it (an asyncio.run, say); arg = number of tasks still pending (see task_pending_at_close)');
INSERT INTO event_kinds VALUES(12,'task_cancel_requested','cancel() called on task_id; ref_id = calling task, site_id = caller, arg = 1 if asyncio or a library called it (TaskGroup, timeout, asyncio.run, anyio), detail = msg; site_id NULL: the request was only observed later');
INSERT INTO event_kinds VALUES(13,'task_pending_at_close','task_id was pending when loop_id closed; site_id = the line it was suspended at; arg = 1 if a cancel was requested; detail = name');
INSERT INTO event_kinds VALUES(14,'task_destroyed_pending','task_id was garbage-collected while pending; site_id = the line it was suspended at; arg = 0 loop running, 1 loop stopped, 2 loop closed; detail = name');
INSERT INTO event_kinds VALUES(15,'exception_never_retrieved','a failed task (task_id) or future (ref_id) was collected or left at exit with its exception never retrieved; site_id = where the exception was raised (innermost program frame); detail = exception type');
INSERT INTO event_kinds VALUES(16,'task_cancel_swallowed','task_id finished without being cancelled although a cancel was requested and not withdrawn');
INSERT INTO event_kinds VALUES(17,'task_pending_at_exit','task_id was still pending when the process exited and its loop was never closed; site_id = the line it was suspended at; arg = 1 if a cancel was requested');
INSERT INTO event_kinds VALUES(18,'task_renamed','task_id carried another name when it finished; detail = the name');
INSERT INTO event_kinds VALUES(20,'coroutine_never_awaited','a coroutine was never awaited nor scheduled; ref_id = coroutine id, site_id = where it was created, detail = qualname, arg = 0 collected, 1 alive at exit');
INSERT INTO event_kinds VALUES(30,'cross_loop_await','a future/task/primitive bound to another loop was awaited or used by task_id on loop_id; site_id = the offending line; detail = the error text');
INSERT INTO event_kinds VALUES(31,'cross_thread_call','a non-thread-safe API of loop_id (detail) was called from thread_id while the loop ran on another thread; site_id = the caller');
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
INSERT INTO events VALUES(1,7686998170734,1,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(2,7686998413365,2,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(3,7687029662442,3,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(4,7687030167884,12,2,8589934595,NULL,8589934593,NULL,8589934599,NULL,0,NULL);
INSERT INTO events VALUES(5,7687030378186,13,2,8589934595,8589934596,8589934593,NULL,8589934600,NULL,1,'Task-1');
INSERT INTO events VALUES(6,7687030397555,4,2,8589934595,8589934596,NULL,NULL,8589934601,NULL,1,NULL);
INSERT INTO events VALUES(7,7687153429846,1,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(8,7687153714770,2,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(9,7687185013341,3,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(10,7687185470901,12,3,12884901891,NULL,12884901889,NULL,12884901895,NULL,0,NULL);
INSERT INTO events VALUES(11,7687185519724,2,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(12,7687185590669,3,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(13,7687185854272,4,3,12884901891,12884901892,NULL,NULL,12884901896,NULL,0,NULL);
INSERT INTO events VALUES(14,7687319015931,1,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(15,7687319296959,2,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(16,7687319357479,3,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(17,7687319714881,1,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(18,7687319785626,2,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(19,7687319889411,30,4,17179869187,17179869191,17179869189,NULL,17179869192,17179869188,NULL,'Task <Task pending name=''Task-2'' coro=<main() running at /home/user/project/examples/cross_loop_future.py:15> cb=[_run_until_complete_cb() at /root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:180]> got Future <Future pending> attached to a different loop');
INSERT INTO events VALUES(20,7687319974037,3,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(21,7687320285991,2,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(22,7687320309896,3,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(23,7687320410806,2,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(24,7687320433811,3,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(25,7687320562813,4,4,17179869187,17179869191,NULL,NULL,17179869190,NULL,0,NULL);
INSERT INTO events VALUES(26,7687320616012,4,4,17179869187,17179869188,NULL,NULL,17179869195,NULL,0,NULL);
INSERT INTO events VALUES(27,7687458069801,1,5,21474836482,21474836481,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(28,7687458383268,1,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(29,7687458467002,2,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(30,7687458893106,2,5,21474836482,21474836481,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(31,7687459315344,3,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(32,7687459696621,2,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(33,7687459720927,3,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(34,7687459853174,2,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(35,7687459873745,3,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(36,7687460100652,4,5,21474836486,21474836487,NULL,NULL,21474836485,NULL,0,NULL);
INSERT INTO events VALUES(37,7687460216860,3,5,21474836482,21474836481,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(38,7687460458795,4,5,21474836486,21474836481,NULL,NULL,21474836492,NULL,0,NULL);
INSERT INTO events VALUES(39,7687615020154,1,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(40,7687615301082,2,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(41,7687615968135,31,6,25769803782,25769803780,NULL,NULL,25769803781,NULL,NULL,'Future.set_result');
INSERT INTO events VALUES(42,7687616602729,3,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(43,7687617024346,2,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(44,7687617059678,3,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(45,7687617200738,2,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(46,7687617228550,3,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(47,7687617373595,4,6,25769803779,25769803780,NULL,NULL,25769803778,NULL,0,NULL);
INSERT INTO events VALUES(48,7687759554708,1,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(49,7687759900773,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(50,7687760639191,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(51,7687760903384,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(52,7687760927731,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(53,7687761017214,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(54,7687761035411,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(55,7687761150802,4,7,30064771075,30064771076,NULL,NULL,30064771074,NULL,0,NULL);
INSERT INTO events VALUES(56,7687926685436,1,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(57,7687927117889,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(58,7687927308283,15,8,34359738371,34359738372,34359738373,NULL,34359738375,NULL,NULL,'ConnectionError');
INSERT INTO events VALUES(59,7687938288908,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(60,7687938943682,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(61,7687938994217,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(62,7687939183268,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(63,7687939221555,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(64,7687939438288,4,8,34359738371,34359738372,NULL,NULL,34359738370,NULL,0,NULL);
INSERT INTO events VALUES(65,7688094765576,1,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(66,7688095152071,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(67,7688095344798,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(68,7688095663932,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(69,7688095689240,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(70,7688095777431,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(71,7688095799915,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(72,7688095950288,4,9,38654705667,38654705668,NULL,NULL,38654705666,NULL,0,NULL);
INSERT INTO events VALUES(73,7688246144777,1,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(74,7688246548337,2,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(75,7688246606283,20,10,42949672963,NULL,NULL,NULL,42949672965,42949672966,0,'save');
INSERT INTO events VALUES(76,7688254679052,3,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(77,7688255135481,2,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(78,7688255165806,3,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(79,7688255257633,2,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(80,7688255277212,3,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(81,7688255424822,4,10,42949672963,42949672964,NULL,NULL,42949672962,NULL,0,NULL);
INSERT INTO events VALUES(82,7688426908040,1,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(83,7688427389186,2,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(84,7688427529585,3,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(85,7688427973235,2,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(86,7688428081856,3,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(87,7688428315894,2,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(88,7688428351988,3,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(89,7688428619586,4,11,47244640259,47244640260,NULL,NULL,47244640258,NULL,0,NULL);
INSERT INTO events VALUES(90,7688588390240,1,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(91,7688588748362,2,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(92,7688620304506,3,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(93,7688620932140,13,12,51539607555,51539607556,51539607553,NULL,51539607559,NULL,0,'Task-1');
INSERT INTO events VALUES(94,7688620963807,4,12,51539607555,51539607556,NULL,NULL,51539607560,NULL,1,NULL);
INSERT INTO events VALUES(95,7688792393275,1,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(96,7688792781933,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(97,7688824644047,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(98,7688825266393,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(99,7688825303628,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(100,7688825451458,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(101,7688825471508,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(102,7688825634190,4,13,55834574851,55834574852,NULL,NULL,55834574850,NULL,0,NULL);
INSERT INTO events VALUES(103,7688982839453,1,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(104,7688983187781,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(105,7688990541330,14,14,60129542147,60129542148,60129542149,NULL,NULL,NULL,0,'Task-2');
INSERT INTO events VALUES(106,7688990977259,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(107,7688991500267,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(108,7688991538904,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(109,7688991663780,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(110,7688991692793,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(111,7688991875014,4,14,60129542147,60129542148,NULL,NULL,60129542146,NULL,0,NULL);
INSERT INTO events VALUES(112,7689142191894,1,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(113,7689142533803,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(114,7689147932063,12,15,64424509443,NULL,64424509445,NULL,64424509447,64424509441,0,NULL);
INSERT INTO events VALUES(115,7689148146012,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(116,7689148559597,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(117,7689148584484,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(118,7689148682890,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(119,7689148698363,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(120,7689148831461,4,15,64424509443,64424509444,NULL,NULL,64424509442,NULL,0,NULL);
CREATE INDEX events_by_kind ON events (kind, task_id);
COMMIT;
PRAGMA user_version = 2;
