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
INSERT INTO meta VALUES('created_wall_ns','1796165839705262171');
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
INSERT INTO processes VALUES(1,12739,12738,'["/root/.pyenv/versions/3.11.7/bin/python3", "all.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796165839705262171,2813859318461,2816157683387);
INSERT INTO processes VALUES(2,12780,12739,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cancel_then_close.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796165839791915609,2813945969966,2814040492991);
INSERT INTO processes VALUES(3,12781,12739,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cancel_then_close_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796165839957726584,2814111781321,2814198628998);
INSERT INTO processes VALUES(4,12782,12739,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_loop_future.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796165840121204608,2814275259175,2814342683568);
INSERT INTO processes VALUES(5,12783,12739,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_loop_future_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796165840253900770,2814407955217,2814466769591);
INSERT INTO processes VALUES(6,12785,12739,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_thread_call.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796165840390466469,2814544523450,2814615682167);
INSERT INTO processes VALUES(7,12787,12739,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_thread_call_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796165840547928143,2814701983762,2814762234652);
INSERT INTO processes VALUES(8,12789,12739,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/exception_never_retrieved.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796165840670371613,2814824426030,2814901231042);
INSERT INTO processes VALUES(9,12790,12739,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/exception_never_retrieved_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796165840839449312,2814993504931,2815077817606);
INSERT INTO processes VALUES(10,12791,12739,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/leaked_coroutine.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796165841012602279,2815166657567,2815249007913);
INSERT INTO processes VALUES(11,12792,12739,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/leaked_coroutine_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796165841179144041,2815333198838,2815408422783);
INSERT INTO processes VALUES(12,12793,12739,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/pending_at_close.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796165841335778935,2815489833722,2815593351873);
INSERT INTO processes VALUES(13,12794,12739,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/pending_at_close_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796165841510439850,2815664494297,2815754021199);
INSERT INTO processes VALUES(14,12795,12739,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_destroyed_pending.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796165841689045348,2815843100596,2815932065743);
INSERT INTO processes VALUES(15,12796,12739,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_destroyed_pending_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796165841875760180,2816029815197,2816116411290);
CREATE TABLE threads (
    id         INTEGER PRIMARY KEY,      -- (process << 32) | serial
    process_id INTEGER NOT NULL,         -- processes.id
    ident      INTEGER NOT NULL,         -- threading.get_ident() (reused by the OS: never a key)
    native_id  INTEGER,                  -- threading.get_native_id(), the OS thread id
    name       TEXT                      -- threading.current_thread().name when first seen
);
INSERT INTO threads VALUES(8589934595,2,139682260904832,12780,'MainThread');
INSERT INTO threads VALUES(12884901891,3,139871127460736,12781,'MainThread');
INSERT INTO threads VALUES(17179869187,4,140279510047616,12782,'MainThread');
INSERT INTO threads VALUES(21474836482,5,139998038849216,12784,'Thread-1 (run_forever)');
INSERT INTO threads VALUES(21474836486,5,139998066121600,12783,'MainThread');
INSERT INTO threads VALUES(25769803779,6,140665061673856,12785,'MainThread');
INSERT INTO threads VALUES(25769803782,6,140665034897088,12786,'Thread-1 (produce)');
INSERT INTO threads VALUES(30064771075,7,139665391152000,12787,'MainThread');
INSERT INTO threads VALUES(34359738371,8,140519357848448,12789,'MainThread');
INSERT INTO threads VALUES(38654705667,9,140426992282496,12790,'MainThread');
INSERT INTO threads VALUES(42949672963,10,139796118551424,12791,'MainThread');
INSERT INTO threads VALUES(47244640259,11,140180369599360,12792,'MainThread');
INSERT INTO threads VALUES(51539607555,12,140279149718400,12793,'MainThread');
INSERT INTO threads VALUES(55834574851,13,140079851531136,12794,'MainThread');
INSERT INTO threads VALUES(60129542147,14,140641487580032,12795,'MainThread');
INSERT INTO threads VALUES(64424509443,15,140505335950208,12796,'MainThread');
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
INSERT INTO loops VALUES(8589934596,2,'_UnixSelectorEventLoop',8589934595,8589934594,NULL,2814005300628);
INSERT INTO loops VALUES(12884901892,3,'_UnixSelectorEventLoop',12884901891,12884901890,NULL,2814161615376);
INSERT INTO loops VALUES(17179869188,4,'_UnixSelectorEventLoop',17179869187,17179869186,NULL,2814336097420);
INSERT INTO loops VALUES(17179869191,4,'_UnixSelectorEventLoop',17179869187,17179869190,NULL,2814336701328);
INSERT INTO loops VALUES(21474836481,5,'_UnixSelectorEventLoop',21474836482,21474836483,NULL,2814460726511);
INSERT INTO loops VALUES(21474836487,5,'_UnixSelectorEventLoop',21474836486,21474836485,NULL,2814460872378);
INSERT INTO loops VALUES(25769803780,6,'_UnixSelectorEventLoop',25769803779,25769803778,NULL,2814609317078);
INSERT INTO loops VALUES(30064771076,7,'_UnixSelectorEventLoop',30064771075,30064771074,NULL,2814756711997);
INSERT INTO loops VALUES(34359738372,8,'_UnixSelectorEventLoop',34359738371,34359738370,NULL,2814883240694);
INSERT INTO loops VALUES(38654705668,9,'_UnixSelectorEventLoop',38654705667,38654705666,NULL,2815070843051);
INSERT INTO loops VALUES(42949672964,10,'_UnixSelectorEventLoop',42949672963,42949672962,NULL,2815236132890);
INSERT INTO loops VALUES(47244640260,11,'_UnixSelectorEventLoop',47244640259,47244640258,NULL,2815401622297);
INSERT INTO loops VALUES(51539607556,12,'_UnixSelectorEventLoop',51539607555,51539607554,NULL,2815555375704);
INSERT INTO loops VALUES(55834574852,13,'_UnixSelectorEventLoop',55834574851,55834574850,NULL,2815714590120);
INSERT INTO loops VALUES(60129542148,14,'_UnixSelectorEventLoop',60129542147,60129542146,NULL,2815914401004);
INSERT INTO loops VALUES(64424509444,15,'_UnixSelectorEventLoop',64424509443,64424509442,NULL,2816102110876);
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
INSERT INTO tasks VALUES(8589934593,2,8589934596,NULL,'Task-1','heartbeat',8589934594,8589934595,NULL,2814005490470);
INSERT INTO tasks VALUES(8589934597,2,8589934596,NULL,'Task-2','sleep',8589934598,8589934595,NULL,2814005534045);
INSERT INTO tasks VALUES(12884901889,3,12884901892,NULL,'Task-1','heartbeat',12884901890,12884901891,NULL,2814161829885);
INSERT INTO tasks VALUES(12884901893,3,12884901892,NULL,'Task-2','sleep',12884901894,12884901891,NULL,2814161876434);
INSERT INTO tasks VALUES(17179869185,4,17179869188,NULL,'Task-1','make_future',17179869186,17179869187,NULL,2814336349435);
INSERT INTO tasks VALUES(17179869189,4,17179869191,NULL,'Task-2','main',17179869190,17179869187,NULL,2814336704293);
INSERT INTO tasks VALUES(17179869193,4,17179869191,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',17179869190,17179869187,NULL,2814337420448);
INSERT INTO tasks VALUES(17179869194,4,17179869191,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',17179869190,17179869187,NULL,2814337600556);
INSERT INTO tasks VALUES(21474836484,5,21474836487,NULL,'Task-1','main',21474836485,21474836486,NULL,2814460875072);
INSERT INTO tasks VALUES(21474836488,5,21474836481,NULL,'Task-2','compute',21474836489,21474836482,NULL,2814461298061);
INSERT INTO tasks VALUES(21474836490,5,21474836487,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',21474836485,21474836486,NULL,2814461676224);
INSERT INTO tasks VALUES(21474836491,5,21474836487,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',21474836485,21474836486,NULL,2814461784064);
INSERT INTO tasks VALUES(25769803777,6,25769803780,NULL,'Task-1','main',25769803778,25769803779,NULL,2814609576044);
INSERT INTO tasks VALUES(25769803783,6,25769803780,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',25769803778,25769803779,NULL,2814610417636);
INSERT INTO tasks VALUES(25769803784,6,25769803780,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',25769803778,25769803779,NULL,2814610529482);
INSERT INTO tasks VALUES(30064771073,7,30064771076,NULL,'Task-1','main',30064771074,30064771075,NULL,2814756924313);
INSERT INTO tasks VALUES(30064771077,7,30064771076,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',30064771074,30064771075,NULL,2814757659096);
INSERT INTO tasks VALUES(30064771078,7,30064771076,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',30064771074,30064771075,NULL,2814757775649);
INSERT INTO tasks VALUES(34359738369,8,34359738372,NULL,'Task-1','main',34359738370,34359738371,NULL,2814883490676);
INSERT INTO tasks VALUES(34359738373,8,34359738372,34359738369,'Task-2','fetch',34359738374,34359738371,NULL,2814883639798);
INSERT INTO tasks VALUES(34359738375,8,34359738372,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',34359738370,34359738371,NULL,2814895385065);
INSERT INTO tasks VALUES(34359738376,8,34359738372,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',34359738370,34359738371,NULL,2814895591422);
INSERT INTO tasks VALUES(38654705665,9,38654705668,NULL,'Task-1','main',38654705666,38654705667,NULL,2815071141625);
INSERT INTO tasks VALUES(38654705669,9,38654705668,38654705665,'Task-2','fetch',38654705670,38654705667,NULL,2815071346880);
INSERT INTO tasks VALUES(38654705671,9,38654705668,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',38654705666,38654705667,NULL,2815071838121);
INSERT INTO tasks VALUES(38654705672,9,38654705668,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',38654705666,38654705667,NULL,2815072079150);
INSERT INTO tasks VALUES(42949672961,10,42949672964,NULL,'Task-1','main',42949672962,42949672963,NULL,2815236411485);
INSERT INTO tasks VALUES(42949672967,10,42949672964,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',42949672962,42949672963,NULL,2815243026986);
INSERT INTO tasks VALUES(42949672968,10,42949672964,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',42949672962,42949672963,NULL,2815243255556);
INSERT INTO tasks VALUES(47244640257,11,47244640260,NULL,'Task-1','main',47244640258,47244640259,NULL,2815401906229);
INSERT INTO tasks VALUES(47244640261,11,47244640260,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',47244640258,47244640259,NULL,2815402404390);
INSERT INTO tasks VALUES(47244640262,11,47244640260,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',47244640258,47244640259,NULL,2815402559681);
INSERT INTO tasks VALUES(51539607553,12,51539607556,NULL,'Task-1','poll',51539607554,51539607555,NULL,2815555622812);
INSERT INTO tasks VALUES(51539607557,12,51539607556,NULL,'Task-2','sleep',51539607558,51539607555,NULL,2815555681890);
INSERT INTO tasks VALUES(55834574849,13,55834574852,NULL,'Task-1','main',55834574850,55834574851,NULL,2815714828595);
INSERT INTO tasks VALUES(55834574853,13,55834574852,55834574849,'Task-2','poll',55834574854,55834574851,NULL,2815715016895);
INSERT INTO tasks VALUES(55834574855,13,55834574852,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',55834574850,55834574851,NULL,2815747523803);
INSERT INTO tasks VALUES(55834574856,13,55834574852,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',55834574850,55834574851,NULL,2815747699034);
INSERT INTO tasks VALUES(60129542145,14,60129542148,NULL,'Task-1','main',60129542146,60129542147,NULL,2815914710805);
INSERT INTO tasks VALUES(60129542149,14,60129542148,60129542145,'Task-2','send_metrics',60129542150,60129542147,NULL,2815914948038);
INSERT INTO tasks VALUES(60129542151,14,60129542148,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',60129542146,60129542147,NULL,2815925670359);
INSERT INTO tasks VALUES(60129542152,14,60129542148,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',60129542146,60129542147,NULL,2815925868173);
INSERT INTO tasks VALUES(64424509441,15,64424509444,NULL,'Task-1','main',64424509442,64424509443,NULL,2816102393186);
INSERT INTO tasks VALUES(64424509445,15,64424509444,64424509441,'Task-2','send_metrics',64424509446,64424509443,NULL,2816102762355);
INSERT INTO tasks VALUES(64424509448,15,64424509444,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',64424509442,64424509443,NULL,2816111707853);
INSERT INTO tasks VALUES(64424509449,15,64424509444,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',64424509442,64424509443,NULL,2816111869534);
CREATE TABLE task_ends (
    task_id    INTEGER PRIMARY KEY,      -- tasks.id
    ts         INTEGER NOT NULL,         -- time.monotonic_ns() when it finished
    outcome    INTEGER NOT NULL,         -- 0 returned a result, 1 raised an exception, 2 was cancelled
    exception  TEXT                      -- qualified name of the exception's type when outcome = 1
);
INSERT INTO task_ends VALUES(8589934597,2814036322928,0,NULL);
INSERT INTO task_ends VALUES(12884901889,2814193523413,2,NULL);
INSERT INTO task_ends VALUES(12884901893,2814192793738,0,NULL);
INSERT INTO task_ends VALUES(17179869185,2814336421031,0,NULL);
INSERT INTO task_ends VALUES(17179869189,2814337146801,0,NULL);
INSERT INTO task_ends VALUES(17179869193,2814337458455,0,NULL);
INSERT INTO task_ends VALUES(17179869194,2814337625854,0,NULL);
INSERT INTO task_ends VALUES(21474836484,2814461449947,0,NULL);
INSERT INTO task_ends VALUES(21474836488,2814461361516,0,NULL);
INSERT INTO task_ends VALUES(21474836490,2814461696915,0,NULL);
INSERT INTO task_ends VALUES(21474836491,2814461799337,0,NULL);
INSERT INTO task_ends VALUES(25769803777,2814610182516,0,NULL);
INSERT INTO task_ends VALUES(25769803783,2814610438527,0,NULL);
INSERT INTO task_ends VALUES(25769803784,2814610546007,0,NULL);
INSERT INTO task_ends VALUES(30064771073,2814757400711,0,NULL);
INSERT INTO task_ends VALUES(30064771077,2814757680928,0,NULL);
INSERT INTO task_ends VALUES(30064771078,2814757794217,0,NULL);
INSERT INTO task_ends VALUES(34359738369,2814894820095,0,NULL);
INSERT INTO task_ends VALUES(34359738373,2814883701880,1,'ConnectionError');
INSERT INTO task_ends VALUES(34359738375,2814895430713,0,NULL);
INSERT INTO task_ends VALUES(34359738376,2814895622598,0,NULL);
INSERT INTO task_ends VALUES(38654705665,2815071435642,0,NULL);
INSERT INTO task_ends VALUES(38654705669,2815071387981,1,'ConnectionError');
INSERT INTO task_ends VALUES(38654705671,2815071869828,0,NULL);
INSERT INTO task_ends VALUES(38654705672,2815072112750,0,NULL);
INSERT INTO task_ends VALUES(42949672961,2815242393824,0,NULL);
INSERT INTO task_ends VALUES(42949672967,2815243069840,0,NULL);
INSERT INTO task_ends VALUES(42949672968,2815243282226,0,NULL);
INSERT INTO task_ends VALUES(47244640257,2815402102881,0,NULL);
INSERT INTO task_ends VALUES(47244640261,2815402434325,0,NULL);
INSERT INTO task_ends VALUES(47244640262,2815402583136,0,NULL);
INSERT INTO task_ends VALUES(51539607557,2815587979081,0,NULL);
INSERT INTO task_ends VALUES(55834574849,2815746805054,0,NULL);
INSERT INTO task_ends VALUES(55834574853,2815746711806,0,NULL);
INSERT INTO task_ends VALUES(55834574855,2815747566116,0,NULL);
INSERT INTO task_ends VALUES(55834574856,2815747718784,0,NULL);
INSERT INTO task_ends VALUES(60129542145,2815925240940,0,NULL);
INSERT INTO task_ends VALUES(60129542151,2815925723808,0,NULL);
INSERT INTO task_ends VALUES(60129542152,2815925890306,0,NULL);
INSERT INTO task_ends VALUES(64424509441,2816111137875,0,NULL);
INSERT INTO task_ends VALUES(64424509445,2816110928323,2,NULL);
INSERT INTO task_ends VALUES(64424509448,2816111738889,0,NULL);
INSERT INTO task_ends VALUES(64424509449,2816111890224,0,NULL);
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
INSERT INTO hooks VALUES(2,'coroutine origin tracking','sys.set_coroutine_origin_tracking_depth: where a coroutine was created','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(2,'warnings._warn_unawaited_coroutine','wrapper: coroutines collected without ever being awaited','3.9+','installed','leaked-coroutine',NULL);
INSERT INTO hooks VALUES(2,'process exit','atexit: tasks and coroutines left at exit; the trace is closed','3.9+','installed','pending-at-close leaked-coroutine',NULL);
INSERT INTO hooks VALUES(2,'fork','os.register_at_fork and multiprocessing''s after-fork hooks: a child records on its own','3.9+','installed','',NULL);
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
INSERT INTO event_kinds VALUES(15,'exception_never_retrieved','a failed task (task_id) or future (ref_id) was collected or left at exit with its exception never retrieved; detail = exception type');
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
INSERT INTO events VALUES(1,2814005302531,1,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(2,2814005550730,2,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(3,2814036397849,3,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(4,2814036776572,12,2,8589934595,NULL,8589934593,NULL,8589934599,NULL,0,NULL);
INSERT INTO events VALUES(5,2814036901729,13,2,8589934595,8589934596,8589934593,NULL,8589934600,NULL,1,'Task-1');
INSERT INTO events VALUES(6,2814036913126,4,2,8589934595,8589934596,NULL,NULL,8589934601,NULL,1,NULL);
INSERT INTO events VALUES(7,2814161617319,1,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(8,2814161895893,2,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(9,2814192882680,3,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(10,2814193436233,12,3,12884901891,NULL,12884901889,NULL,12884901895,NULL,0,NULL);
INSERT INTO events VALUES(11,2814193489282,2,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(12,2814193550654,3,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(13,2814193781817,4,3,12884901891,12884901892,NULL,NULL,12884901896,NULL,0,NULL);
INSERT INTO events VALUES(14,2814336100074,1,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(15,2814336380180,2,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(16,2814336443445,3,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(17,2814336702360,1,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(18,2814336781397,2,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(19,2814336901486,30,4,17179869187,17179869191,17179869189,NULL,17179869192,17179869188,NULL,'Task <Task pending name=''Task-2'' coro=<main() running at /home/user/project/examples/cross_loop_future.py:15> cb=[_run_until_complete_cb() at /root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:180]> got Future <Future pending> attached to a different loop');
INSERT INTO events VALUES(20,2814337177396,3,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(21,2814337440097,2,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(22,2814337474969,3,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(23,2814337613115,2,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(24,2814337637401,3,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(25,2814337832701,4,4,17179869187,17179869191,NULL,NULL,17179869190,NULL,0,NULL);
INSERT INTO events VALUES(26,2814337982394,4,4,17179869187,17179869188,NULL,NULL,17179869195,NULL,0,NULL);
INSERT INTO events VALUES(27,2814460728234,1,5,21474836482,21474836481,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(28,2814460873139,1,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(29,2814460935001,2,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(30,2814461249079,2,5,21474836482,21474836481,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(31,2814461462827,3,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(32,2814461686720,2,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(33,2814461706139,3,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(34,2814461791536,2,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(35,2814461808521,3,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(36,2814461943321,4,5,21474836486,21474836487,NULL,NULL,21474836485,NULL,0,NULL);
INSERT INTO events VALUES(37,2814462060836,3,5,21474836482,21474836481,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(38,2814462239402,4,5,21474836486,21474836481,NULL,NULL,21474836492,NULL,0,NULL);
INSERT INTO events VALUES(39,2814609319362,1,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(40,2814609660479,2,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(41,2814609994957,31,6,25769803782,25769803780,NULL,NULL,25769803781,NULL,NULL,'Future.set_result');
INSERT INTO events VALUES(42,2814610229015,3,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(43,2814610427901,2,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(44,2814610450194,3,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(45,2814610535751,2,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(46,2814610557544,3,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(47,2814610698604,4,6,25769803779,25769803780,NULL,NULL,25769803778,NULL,0,NULL);
INSERT INTO events VALUES(48,2814756713789,1,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(49,2814757004121,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(50,2814757415573,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(51,2814757670052,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(52,2814757694949,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(53,2814757784062,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(54,2814757803130,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(55,2814757926934,4,7,30064771075,30064771076,NULL,NULL,30064771074,NULL,0,NULL);
INSERT INTO events VALUES(56,2814883242527,1,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(57,2814883575783,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(58,2814883723422,15,8,34359738371,34359738372,34359738373,NULL,NULL,NULL,NULL,'ConnectionError');
INSERT INTO events VALUES(59,2814894880074,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(60,2814895408600,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(61,2814895448970,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(62,2814895606264,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(63,2814895638292,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(64,2814895860943,4,8,34359738371,34359738372,NULL,NULL,34359738370,NULL,0,NULL);
INSERT INTO events VALUES(65,2815070845384,1,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(66,2815071253041,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(67,2815071455151,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(68,2815071852823,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(69,2815071884140,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(70,2815072094923,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(71,2815072134732,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(72,2815072342622,4,9,38654705667,38654705668,NULL,NULL,38654705666,NULL,0,NULL);
INSERT INTO events VALUES(73,2815236135464,1,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(74,2815236526356,2,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(75,2815236585594,20,10,42949672963,NULL,NULL,NULL,42949672965,42949672966,0,'save');
INSERT INTO events VALUES(76,2815242430168,3,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(77,2815243049349,2,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(78,2815243093044,3,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(79,2815243268365,2,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(80,2815243298670,3,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(81,2815243514101,4,10,42949672963,42949672964,NULL,NULL,42949672962,NULL,0,NULL);
INSERT INTO events VALUES(82,2815401624971,1,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(83,2815402014059,2,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(84,2815402122981,3,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(85,2815402418000,2,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(86,2815402448696,3,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(87,2815402569566,2,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(88,2815402601002,3,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(89,2815402760239,4,11,47244640259,47244640260,NULL,NULL,47244640258,NULL,0,NULL);
INSERT INTO events VALUES(90,2815555378588,1,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(91,2815555705034,2,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(92,2815588101733,3,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(93,2815588671371,13,12,51539607555,51539607556,51539607553,NULL,51539607559,NULL,0,'Task-1');
INSERT INTO events VALUES(94,2815588696187,4,12,51539607555,51539607556,NULL,NULL,51539607560,NULL,1,NULL);
INSERT INTO events VALUES(95,2815714592264,1,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(96,2815714923627,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(97,2815746839746,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(98,2815747549021,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(99,2815747580858,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(100,2815747708418,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(101,2815747728798,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(102,2815747925201,4,13,55834574851,55834574852,NULL,NULL,55834574850,NULL,0,NULL);
INSERT INTO events VALUES(103,2815914403598,1,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(104,2815914835941,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(105,2815924500689,14,14,60129542147,60129542148,60129542149,NULL,NULL,NULL,0,'Task-2');
INSERT INTO events VALUES(106,2815925302902,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(107,2815925693593,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(108,2815925741915,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(109,2815925877517,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(110,2815925905489,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(111,2815926097444,4,14,60129542147,60129542148,NULL,NULL,60129542146,NULL,0,NULL);
INSERT INTO events VALUES(112,2816102113100,1,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(113,2816102671320,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(114,2816110834944,12,15,64424509443,NULL,64424509445,NULL,64424509447,64424509441,0,NULL);
INSERT INTO events VALUES(115,2816111171635,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(116,2816111724858,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(117,2816111755264,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(118,2816111880410,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(119,2816111901231,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(120,2816112142470,4,15,64424509443,64424509444,NULL,NULL,64424509442,NULL,0,NULL);
CREATE INDEX events_by_kind ON events (kind, task_id);
COMMIT;
PRAGMA user_version = 2;
