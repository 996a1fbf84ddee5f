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
INSERT INTO meta VALUES('created_wall_ns','1796164672015984055');
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
INSERT INTO processes VALUES(1,12561,12560,'["/root/.pyenv/versions/3.11.7/bin/python3", "all.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164672015984055,1646170041276,1648375090915);
INSERT INTO processes VALUES(2,12604,12561,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cancel_then_close.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164672078726598,1646232781515,1646334571957);
INSERT INTO processes VALUES(3,12607,12561,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cancel_then_close_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164672267628358,1646421683205,1646518986957);
INSERT INTO processes VALUES(4,12609,12561,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_loop_future.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164672457452135,1646611506552,1646666031855);
INSERT INTO processes VALUES(5,12612,12561,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_loop_future_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164672590727148,1646744781865,1646815756789);
INSERT INTO processes VALUES(6,12624,12561,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_thread_call.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164672738252731,1646892308730,1646954751832);
INSERT INTO processes VALUES(7,12633,12561,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_thread_call_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164672881422514,1647035477602,1647095751006);
INSERT INTO processes VALUES(8,12640,12561,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/exception_never_retrieved.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164673011035369,1647165090036,1647236760475);
INSERT INTO processes VALUES(9,12641,12561,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/exception_never_retrieved_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164673166948860,1647321004168,1647390417289);
INSERT INTO processes VALUES(10,12642,12561,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/leaked_coroutine.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164673322632138,1647476686706,1647538350799);
INSERT INTO processes VALUES(11,12643,12561,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/leaked_coroutine_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164673464635056,1647618689523,1647685337390);
INSERT INTO processes VALUES(12,12644,12561,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/pending_at_close.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164673602905671,1647756960639,1647842421012);
INSERT INTO processes VALUES(13,12645,12561,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/pending_at_close_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164673757183148,1647911238145,1648011731342);
INSERT INTO processes VALUES(14,12646,12561,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_destroyed_pending.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164673936421988,1648090476656,1648151587876);
INSERT INTO processes VALUES(15,12648,12561,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_destroyed_pending_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164674102528873,1648256584572,1648341205145);
CREATE TABLE threads (
    id         INTEGER PRIMARY KEY,      -- (process << 32) | serial
    process_id INTEGER NOT NULL,         -- processes.id
    ident      INTEGER NOT NULL,         -- threading.get_ident() (reused by the OS: never a key)
    native_id  INTEGER,                  -- threading.get_native_id(), the OS thread id
    name       TEXT                      -- threading.current_thread().name when first seen
);
INSERT INTO threads VALUES(8589934595,2,140065957493632,12604,'MainThread');
INSERT INTO threads VALUES(12884901891,3,140710118632320,12607,'MainThread');
INSERT INTO threads VALUES(17179869187,4,139686607928192,12609,'MainThread');
INSERT INTO threads VALUES(21474836482,5,140119704073920,12621,'Thread-1 (run_forever)');
INSERT INTO threads VALUES(21474836486,5,140119730932608,12612,'MainThread');
INSERT INTO threads VALUES(25769803779,6,140690642692992,12624,'MainThread');
INSERT INTO threads VALUES(25769803782,6,140690615957184,12630,'Thread-1 (produce)');
INSERT INTO threads VALUES(30064771075,7,140155445361536,12633,'MainThread');
INSERT INTO threads VALUES(34359738371,8,140431290223488,12640,'MainThread');
INSERT INTO threads VALUES(38654705667,9,140358172289920,12641,'MainThread');
INSERT INTO threads VALUES(42949672963,10,140631131622272,12642,'MainThread');
INSERT INTO threads VALUES(47244640259,11,140588246354816,12643,'MainThread');
INSERT INTO threads VALUES(51539607555,12,139883221678976,12644,'MainThread');
INSERT INTO threads VALUES(55834574851,13,140244404317056,12645,'MainThread');
INSERT INTO threads VALUES(60129542147,14,140203899796352,12646,'MainThread');
INSERT INTO threads VALUES(64424509443,15,140158821477248,12648,'MainThread');
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
INSERT INTO sites VALUES(12884901890,'/home/user/project/examples/cancel_then_close_fixed.py',11,'<module>','/home/user/project/examples/cancel_then_close_fixed.py:11:<module>');
INSERT INTO sites VALUES(12884901894,'/home/user/project/examples/cancel_then_close_fixed.py',12,'<module>','/home/user/project/examples/cancel_then_close_fixed.py:12:<module>');
INSERT INTO sites VALUES(12884901895,'/home/user/project/examples/cancel_then_close_fixed.py',13,'<module>','/home/user/project/examples/cancel_then_close_fixed.py:13:<module>');
INSERT INTO sites VALUES(17179869186,'/home/user/project/examples/cross_loop_future.py',10,'<module>','/home/user/project/examples/cross_loop_future.py:10:<module>');
INSERT INTO sites VALUES(17179869190,'/home/user/project/examples/cross_loop_future.py',20,'<module>','/home/user/project/examples/cross_loop_future.py:20:<module>');
INSERT INTO sites VALUES(17179869192,'/home/user/project/examples/cross_loop_future.py',15,'main','/home/user/project/examples/cross_loop_future.py:15:main');
INSERT INTO sites VALUES(21474836483,'/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py',982,'run',replace('/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:982:run\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:1045:_bootstrap_inner\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:1002:_bootstrap','\n',char(10)));
INSERT INTO sites VALUES(21474836485,'/home/user/project/examples/cross_loop_future_fixed.py',22,'<module>','/home/user/project/examples/cross_loop_future_fixed.py:22:<module>');
INSERT INTO sites VALUES(21474836489,'/home/user/project/examples/cross_loop_future_fixed.py',18,'main',replace('/home/user/project/examples/cross_loop_future_fixed.py:18:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:982:run\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:1045:_bootstrap_inner\n/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py:1002:_bootstrap','\n',char(10)));
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
INSERT INTO loops VALUES(8589934596,2,'_UnixSelectorEventLoop',8589934595,8589934594,NULL,1646297117308);
INSERT INTO loops VALUES(12884901892,3,'_UnixSelectorEventLoop',12884901891,12884901890,NULL,1646482763014);
INSERT INTO loops VALUES(17179869188,4,'_UnixSelectorEventLoop',17179869187,17179869186,NULL,1646660551683);
INSERT INTO loops VALUES(17179869191,4,'_UnixSelectorEventLoop',17179869187,17179869190,NULL,1646661267357);
INSERT INTO loops VALUES(21474836481,5,'_UnixSelectorEventLoop',21474836482,21474836483,NULL,1646808327648);
INSERT INTO loops VALUES(21474836487,5,'_UnixSelectorEventLoop',21474836486,21474836485,NULL,1646808997895);
INSERT INTO loops VALUES(25769803780,6,'_UnixSelectorEventLoop',25769803779,25769803778,NULL,1646948219504);
INSERT INTO loops VALUES(30064771076,7,'_UnixSelectorEventLoop',30064771075,30064771074,NULL,1647089718161);
INSERT INTO loops VALUES(34359738372,8,'_UnixSelectorEventLoop',34359738371,34359738370,NULL,1647218971292);
INSERT INTO loops VALUES(38654705668,9,'_UnixSelectorEventLoop',38654705667,38654705666,NULL,1647383358909);
INSERT INTO loops VALUES(42949672964,10,'_UnixSelectorEventLoop',42949672963,42949672962,NULL,1647528636848);
INSERT INTO loops VALUES(47244640260,11,'_UnixSelectorEventLoop',47244640259,47244640258,NULL,1647679924818);
INSERT INTO loops VALUES(51539607556,12,'_UnixSelectorEventLoop',51539607555,51539607554,NULL,1647807186856);
INSERT INTO loops VALUES(55834574852,13,'_UnixSelectorEventLoop',55834574851,55834574850,NULL,1647974155753);
INSERT INTO loops VALUES(60129542148,14,'_UnixSelectorEventLoop',60129542147,60129542146,NULL,1648142057969);
INSERT INTO loops VALUES(64424509444,15,'_UnixSelectorEventLoop',64424509443,64424509442,NULL,1648327445737);
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
INSERT INTO tasks VALUES(8589934593,2,8589934596,NULL,'Task-1','heartbeat',8589934594,8589934595,NULL,1646297481831);
INSERT INTO tasks VALUES(8589934597,2,8589934596,NULL,'Task-2','sleep',8589934598,8589934595,NULL,1646297541650);
INSERT INTO tasks VALUES(12884901889,3,12884901892,NULL,'Task-1','heartbeat',12884901890,12884901891,NULL,1646483148468);
INSERT INTO tasks VALUES(12884901893,3,12884901892,NULL,'Task-2','sleep',12884901894,12884901891,NULL,1646483214366);
INSERT INTO tasks VALUES(17179869185,4,17179869188,NULL,'Task-1','make_future',17179869186,17179869187,NULL,1646660917106);
INSERT INTO tasks VALUES(17179869189,4,17179869191,NULL,'Task-2','main',17179869190,17179869187,NULL,1646661269971);
INSERT INTO tasks VALUES(17179869193,4,17179869191,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',17179869190,17179869187,NULL,1646661790626);
INSERT INTO tasks VALUES(17179869194,4,17179869191,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',17179869190,17179869187,NULL,1646661942191);
INSERT INTO tasks VALUES(21474836484,5,21474836487,NULL,'Task-1','main',21474836485,21474836486,NULL,1646809001190);
INSERT INTO tasks VALUES(21474836488,5,21474836481,NULL,'Task-2','compute',21474836489,21474836482,NULL,1646809230501);
INSERT INTO tasks VALUES(21474836490,5,21474836487,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',21474836485,21474836486,NULL,1646809783233);
INSERT INTO tasks VALUES(21474836491,5,21474836487,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',21474836485,21474836486,NULL,1646809907247);
INSERT INTO tasks VALUES(25769803777,6,25769803780,NULL,'Task-1','main',25769803778,25769803779,NULL,1646948570146);
INSERT INTO tasks VALUES(25769803783,6,25769803780,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',25769803778,25769803779,NULL,1646949607369);
INSERT INTO tasks VALUES(25769803784,6,25769803780,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',25769803778,25769803779,NULL,1646949742129);
INSERT INTO tasks VALUES(30064771073,7,30064771076,NULL,'Task-1','main',30064771074,30064771075,NULL,1647090082293);
INSERT INTO tasks VALUES(30064771077,7,30064771076,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',30064771074,30064771075,NULL,1647091539060);
INSERT INTO tasks VALUES(30064771078,7,30064771076,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',30064771074,30064771075,NULL,1647091692508);
INSERT INTO tasks VALUES(34359738369,8,34359738372,NULL,'Task-1','main',34359738370,34359738371,NULL,1647219307422);
INSERT INTO tasks VALUES(34359738373,8,34359738372,34359738369,'Task-2','fetch',34359738374,34359738371,NULL,1647219478246);
INSERT INTO tasks VALUES(34359738375,8,34359738372,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',34359738370,34359738371,NULL,1647231255185);
INSERT INTO tasks VALUES(34359738376,8,34359738372,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',34359738370,34359738371,NULL,1647231444447);
INSERT INTO tasks VALUES(38654705665,9,38654705668,NULL,'Task-1','main',38654705666,38654705667,NULL,1647383763821);
INSERT INTO tasks VALUES(38654705669,9,38654705668,38654705665,'Task-2','fetch',38654705670,38654705667,NULL,1647383985401);
INSERT INTO tasks VALUES(38654705671,9,38654705668,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',38654705666,38654705667,NULL,1647384572003);
INSERT INTO tasks VALUES(38654705672,9,38654705668,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',38654705666,38654705667,NULL,1647384786983);
INSERT INTO tasks VALUES(42949672961,10,42949672964,NULL,'Task-1','main',42949672962,42949672963,NULL,1647528983744);
INSERT INTO tasks VALUES(42949672967,10,42949672964,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',42949672962,42949672963,NULL,1647534106985);
INSERT INTO tasks VALUES(42949672968,10,42949672964,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',42949672962,42949672963,NULL,1647534269497);
INSERT INTO tasks VALUES(47244640257,11,47244640260,NULL,'Task-1','main',47244640258,47244640259,NULL,1647680360296);
INSERT INTO tasks VALUES(47244640261,11,47244640260,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',47244640258,47244640259,NULL,1647680845348);
INSERT INTO tasks VALUES(47244640262,11,47244640260,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',47244640258,47244640259,NULL,1647681012857);
INSERT INTO tasks VALUES(51539607553,12,51539607556,NULL,'Task-1','poll',51539607554,51539607555,NULL,1647807578169);
INSERT INTO tasks VALUES(51539607557,12,51539607556,NULL,'Task-2','sleep',51539607558,51539607555,NULL,1647807641092);
INSERT INTO tasks VALUES(55834574849,13,55834574852,NULL,'Task-1','main',55834574850,55834574851,NULL,1647974542679);
INSERT INTO tasks VALUES(55834574853,13,55834574852,55834574849,'Task-2','poll',55834574854,55834574851,NULL,1647974737088);
INSERT INTO tasks VALUES(55834574855,13,55834574852,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',55834574850,55834574851,NULL,1648006836961);
INSERT INTO tasks VALUES(55834574856,13,55834574852,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',55834574850,55834574851,NULL,1648007009989);
INSERT INTO tasks VALUES(60129542145,14,60129542148,NULL,'Task-1','main',60129542146,60129542147,NULL,1648142353659);
INSERT INTO tasks VALUES(60129542149,14,60129542148,60129542145,'Task-2','send_metrics',60129542150,60129542147,NULL,1648142479156);
INSERT INTO tasks VALUES(60129542151,14,60129542148,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',60129542146,60129542147,NULL,1648148275188);
INSERT INTO tasks VALUES(60129542152,14,60129542148,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',60129542146,60129542147,NULL,1648148407765);
INSERT INTO tasks VALUES(64424509441,15,64424509444,NULL,'Task-1','main',64424509442,64424509443,NULL,1648327898410);
INSERT INTO tasks VALUES(64424509445,15,64424509444,64424509441,'Task-2','send_metrics',64424509446,64424509443,NULL,1648328199498);
INSERT INTO tasks VALUES(64424509448,15,64424509444,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',64424509442,64424509443,NULL,1648337335990);
INSERT INTO tasks VALUES(64424509449,15,64424509444,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',64424509442,64424509443,NULL,1648337534635);
CREATE TABLE task_ends (
    task_id    INTEGER PRIMARY KEY,      -- tasks.id
    ts         INTEGER NOT NULL,         -- time.monotonic_ns() when it finished
    outcome    INTEGER NOT NULL,         -- 0 returned a result, 1 raised an exception, 2 was cancelled
    exception  TEXT                      -- qualified name of the exception's type when outcome = 1
);
INSERT INTO task_ends VALUES(8589934597,1646329012837,0,NULL);
INSERT INTO task_ends VALUES(12884901889,1646515138572,2,NULL);
INSERT INTO task_ends VALUES(12884901893,1646514499822,0,NULL);
INSERT INTO task_ends VALUES(17179869185,1646660981422,0,NULL);
INSERT INTO task_ends VALUES(17179869189,1646661599802,0,NULL);
INSERT INTO task_ends VALUES(17179869193,1646661819038,0,NULL);
INSERT INTO task_ends VALUES(17179869194,1646661967489,0,NULL);
INSERT INTO task_ends VALUES(21474836484,1646809401185,0,NULL);
INSERT INTO task_ends VALUES(21474836488,1646809297090,0,NULL);
INSERT INTO task_ends VALUES(21474836490,1646809807779,0,NULL);
INSERT INTO task_ends VALUES(21474836491,1646809925505,0,NULL);
INSERT INTO task_ends VALUES(25769803777,1646949337317,0,NULL);
INSERT INTO task_ends VALUES(25769803783,1646949631825,0,NULL);
INSERT INTO task_ends VALUES(25769803784,1646949762540,0,NULL);
INSERT INTO task_ends VALUES(30064771073,1647091186155,0,NULL);
INSERT INTO task_ends VALUES(30064771077,1647091568985,0,NULL);
INSERT INTO task_ends VALUES(30064771078,1647091713169,0,NULL);
INSERT INTO task_ends VALUES(34359738369,1647230744055,0,NULL);
INSERT INTO task_ends VALUES(34359738373,1647219526678,1,'ConnectionError');
INSERT INTO task_ends VALUES(34359738375,1647231303007,0,NULL);
INSERT INTO task_ends VALUES(34359738376,1647231469264,0,NULL);
INSERT INTO task_ends VALUES(38654705665,1647384148283,0,NULL);
INSERT INTO task_ends VALUES(38654705669,1647384101554,1,'ConnectionError');
INSERT INTO task_ends VALUES(38654705671,1647384619374,0,NULL);
INSERT INTO task_ends VALUES(38654705672,1647384810699,0,NULL);
INSERT INTO task_ends VALUES(42949672961,1647533672129,0,NULL);
INSERT INTO task_ends VALUES(42949672967,1647534141226,0,NULL);
INSERT INTO task_ends VALUES(42949672968,1647534287023,0,NULL);
INSERT INTO task_ends VALUES(47244640257,1647680547605,0,NULL);
INSERT INTO task_ends VALUES(47244640261,1647680873620,0,NULL);
INSERT INTO task_ends VALUES(47244640262,1647681038295,0,NULL);
INSERT INTO task_ends VALUES(51539607557,1647838833895,0,NULL);
INSERT INTO task_ends VALUES(55834574849,1648006196779,0,NULL);
INSERT INTO task_ends VALUES(55834574853,1648006106084,0,NULL);
INSERT INTO task_ends VALUES(55834574855,1648006875488,0,NULL);
INSERT INTO task_ends VALUES(55834574856,1648007035196,0,NULL);
INSERT INTO task_ends VALUES(60129542145,1648147961962,0,NULL);
INSERT INTO task_ends VALUES(60129542151,1648148304491,0,NULL);
INSERT INTO task_ends VALUES(60129542152,1648148433013,0,NULL);
INSERT INTO task_ends VALUES(64424509441,1648336695907,0,NULL);
INSERT INTO task_ends VALUES(64424509445,1648336613224,2,NULL);
INSERT INTO task_ends VALUES(64424509448,1648337372103,0,NULL);
INSERT INTO task_ends VALUES(64424509449,1648337560754,0,NULL);
CREATE TABLE gaps (
    id         INTEGER PRIMARY KEY,
    process_id INTEGER NOT NULL,         -- processes.id
    ts         INTEGER NOT NULL,         -- time.monotonic_ns() when it happened
    kind       TEXT NOT NULL,            -- recording_stopped: nothing more was written by this process
    source     TEXT NOT NULL,            -- where: the hook or part of the recorder, e.g. "writer", "task_done"
    message    TEXT NOT NULL,            -- what happened, e.g. "cannot write the trace: OSError: ..."
    test_id    INTEGER                   -- tests.id current when it happened
);
CREATE TABLE event_kinds (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL
);
INSERT INTO event_kinds VALUES(1,'loop_created','a loop was constructed; site_id = creator, detail = class name');
INSERT INTO event_kinds VALUES(2,'loop_run_start','run_forever began on thread_id');
INSERT INTO event_kinds VALUES(3,'loop_run_stop','run_forever returned');
INSERT INTO event_kinds VALUES(4,'loop_closed','close() ran; arg = number of tasks still pending (see task_pending_at_close)');
INSERT INTO event_kinds VALUES(12,'task_cancel_requested','cancel() called on task_id; ref_id = calling task, site_id = caller, arg = 1 if asyncio or a library called it (TaskGroup, timeout, asyncio.run, anyio), detail = msg; site_id NULL: the request was only observed later');
INSERT INTO event_kinds VALUES(13,'task_pending_at_close','task_id was pending when loop_id closed; arg = 1 if a cancel was requested; detail = name');
INSERT INTO event_kinds VALUES(14,'task_destroyed_pending','task_id was garbage-collected while pending; arg = 0 loop running, 1 loop stopped, 2 loop closed; detail = name');
INSERT INTO event_kinds VALUES(15,'exception_never_retrieved','a failed task (task_id) or future (ref_id) was collected or left at exit with its exception never retrieved; detail = exception type');
INSERT INTO event_kinds VALUES(16,'task_cancel_swallowed','task_id finished without being cancelled although a cancel was requested and not withdrawn');
INSERT INTO event_kinds VALUES(17,'task_pending_at_exit','task_id was still pending when the process exited and its loop was never closed; arg = 1 if a cancel was requested');
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
INSERT INTO events VALUES(1,1646297119522,1,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(2,1646297564624,2,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(3,1646329124353,3,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(4,1646329585509,12,2,8589934595,NULL,8589934593,NULL,8589934599,NULL,0,NULL);
INSERT INTO events VALUES(5,1646329729784,13,2,8589934595,8589934596,8589934593,NULL,NULL,NULL,1,'Task-1');
INSERT INTO events VALUES(6,1646329735222,4,2,8589934595,8589934596,NULL,NULL,NULL,NULL,1,NULL);
INSERT INTO events VALUES(7,1646482765688,1,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(8,1646483238081,2,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(9,1646514597467,3,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(10,1646515060446,12,3,12884901891,NULL,12884901889,NULL,12884901895,NULL,0,NULL);
INSERT INTO events VALUES(11,1646515107225,2,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(12,1646515167355,3,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(13,1646515387933,4,3,12884901891,12884901892,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(14,1646660553716,1,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(15,1646660949474,2,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(16,1646660999879,3,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(17,1646661268229,1,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(18,1646661321778,2,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(19,1646661401827,30,4,17179869187,17179869191,17179869189,NULL,17179869192,17179869188,NULL,'Task <Task pending name=''Task-2'' coro=<main() running at /home/user/project/examples/cross_loop_future.py:15> cb=[_run_until_complete_cb() at /root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:180]> got Future <Future pending> attached to a different loop');
INSERT INTO events VALUES(20,1646661624268,3,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(21,1646661805548,2,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(22,1646661831597,3,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(23,1646661954329,2,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(24,1646661979867,3,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(25,1646662115739,4,4,17179869187,17179869191,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(26,1646662200646,4,4,17179869187,17179869188,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(27,1646808331153,1,5,21474836482,21474836481,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(28,1646808683537,2,5,21474836482,21474836481,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(29,1646808998976,1,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(30,1646809076782,2,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(31,1646809415917,3,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(32,1646809795241,2,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(33,1646809819086,3,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(34,1646809915840,2,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(35,1646809936781,3,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(36,1646810073104,4,5,21474836486,21474836487,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(37,1646810195576,3,5,21474836482,21474836481,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(38,1646810366150,4,5,21474836486,21474836481,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(39,1646948221878,1,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(40,1646948671106,2,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(41,1646949051572,31,6,25769803782,25769803780,NULL,NULL,25769803781,NULL,NULL,'Future.set_result');
INSERT INTO events VALUES(42,1646949384618,3,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(43,1646949619667,2,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(44,1646949645055,3,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(45,1646949750332,2,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(46,1646949776300,3,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(47,1646949906794,4,6,25769803779,25769803780,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(48,1647089721526,1,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(49,1647090176814,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(50,1647091207667,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(51,1647091555515,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(52,1647091585109,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(53,1647091702523,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(54,1647091723915,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(55,1647091863292,4,7,30064771075,30064771076,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(56,1647218973465,1,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(57,1647219394040,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(58,1647219543022,15,8,34359738371,34359738372,34359738373,NULL,NULL,NULL,NULL,'ConnectionError');
INSERT INTO events VALUES(59,1647230793208,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(60,1647231278510,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(61,1647231320002,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(62,1647231455443,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(63,1647231482554,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(64,1647231663383,4,8,34359738371,34359738372,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(65,1647383361583,1,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(66,1647383880765,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(67,1647384171968,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(68,1647384593666,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(69,1647384636139,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(70,1647384796848,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(71,1647384829176,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(72,1647385012949,4,9,38654705667,38654705668,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(73,1647528639412,1,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(74,1647529073918,2,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(75,1647529121719,20,10,42949672963,NULL,NULL,NULL,42949672965,42949672966,0,'save');
INSERT INTO events VALUES(76,1647533701853,3,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(77,1647534126334,2,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(78,1647534159774,3,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(79,1647534278060,2,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(80,1647534299262,3,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(81,1647534452189,4,10,42949672963,42949672964,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(82,1647679927292,1,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(83,1647680458492,2,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(84,1647680567324,3,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(85,1647680857526,2,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(86,1647680887631,3,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(87,1647681023983,2,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(88,1647681057143,3,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(89,1647681217591,4,11,47244640259,47244640260,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(90,1647807189470,1,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(91,1647807664637,2,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(92,1647838911821,3,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(93,1647839348291,13,12,51539607555,51539607556,51539607553,NULL,NULL,NULL,0,'Task-1');
INSERT INTO events VALUES(94,1647839352617,4,12,51539607555,51539607556,NULL,NULL,NULL,NULL,1,NULL);
INSERT INTO events VALUES(95,1647974158447,1,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(96,1647974641486,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(97,1648006228917,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(98,1648006859555,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(99,1648006888267,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(100,1648007022187,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(101,1648007045201,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(102,1648007238388,4,13,55834574851,55834574852,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(103,1648142059832,1,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(104,1648142424674,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(105,1648147348559,14,14,60129542147,60129542148,60129542149,NULL,NULL,NULL,0,'Task-2');
INSERT INTO events VALUES(106,1648148050534,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(107,1648148288287,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(108,1648148315348,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(109,1648148418070,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(110,1648148448666,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(111,1648148653691,4,14,60129542147,60129542148,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(112,1648327448721,1,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(113,1648328082273,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(114,1648336514017,12,15,64424509443,NULL,64424509445,NULL,64424509447,64424509441,0,NULL);
INSERT INTO events VALUES(115,1648336727314,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(116,1648337355248,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(117,1648337392724,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(118,1648337547935,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(119,1648337574805,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(120,1648337784867,4,15,64424509443,64424509444,NULL,NULL,NULL,NULL,0,NULL);
CREATE INDEX events_by_kind ON events (kind, task_id);
COMMIT;
PRAGMA user_version = 2;
