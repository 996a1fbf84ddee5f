-- A trace of schema version 3: examples/all.py recorded by the recorder of that version (paths under /home/user/project).
-- Both test suites read it: see schema/README.md, Versioning.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,     -- schema_version, recorder_version, created_wall_ns
    value TEXT NOT NULL
);
INSERT INTO meta VALUES('schema_version','3');
INSERT INTO meta VALUES('recorder_version','0.1.0');
INSERT INTO meta VALUES('created_wall_ns','1796174568345118561');
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
INSERT INTO processes VALUES(1,20989,20984,'["/root/.pyenv/versions/3.11.7/bin/python3", "examples/all.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796174568345118561,11542499173418,11544162786447);
INSERT INTO processes VALUES(2,21030,20989,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cancel_then_close.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796174568402886859,11542556941546,11542639488595);
INSERT INTO processes VALUES(3,21031,20989,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cancel_then_close_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796174568540331655,11542694385701,11542773476759);
INSERT INTO processes VALUES(4,21032,20989,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_loop_future.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796174568673713893,11542827768109,11542878581381);
INSERT INTO processes VALUES(5,21033,20989,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_loop_future_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796174568798327907,11542952383245,11543010486010);
INSERT INTO processes VALUES(6,21035,20989,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_thread_call.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796174568907983753,11543062037870,11543112279551);
INSERT INTO processes VALUES(7,21037,20989,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_thread_call_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796174569014290999,11543168345536,11543217199733);
INSERT INTO processes VALUES(8,21039,20989,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/exception_never_retrieved.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796174569115485984,11543269540391,11543331439824);
INSERT INTO processes VALUES(9,21040,20989,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/exception_never_retrieved_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796174569233295876,11543387350153,11543436748389);
INSERT INTO processes VALUES(10,21041,20989,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/leaked_coroutine.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796174569334850156,11543488904393,11543539969098);
INSERT INTO processes VALUES(11,21042,20989,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/leaked_coroutine_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796174569439482144,11543593536481,11543643960583);
INSERT INTO processes VALUES(12,21043,20989,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/pending_at_close.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796174569542961738,11543697016185,11543779365610);
INSERT INTO processes VALUES(13,21044,20989,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/pending_at_close_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796174569694706342,11543848761040,11543938791121);
INSERT INTO processes VALUES(14,21045,20989,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_destroyed_pending.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796174569839036457,11543993090603,11544043137384);
INSERT INTO processes VALUES(15,21046,20989,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_destroyed_pending_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796174569938956285,11544093011223,11544144161876);
CREATE TABLE threads (
    id         INTEGER PRIMARY KEY,      -- (process << 32) | serial
    process_id INTEGER NOT NULL,         -- processes.id
    ident      INTEGER NOT NULL,         -- threading.get_ident() (reused by the OS: never a key)
    native_id  INTEGER,                  -- threading.get_native_id(), the OS thread id
    name       TEXT                      -- threading.current_thread().name when first seen
);
INSERT INTO threads VALUES(8589934595,2,140020832684928,21030,'MainThread');
INSERT INTO threads VALUES(12884901891,3,140541314939776,21031,'MainThread');
INSERT INTO threads VALUES(17179869187,4,140014440409984,21032,'MainThread');
INSERT INTO threads VALUES(21474836482,5,139926815372992,21034,'Thread-1 (run_forever)');
INSERT INTO threads VALUES(21474836486,5,139926843026304,21033,'MainThread');
INSERT INTO threads VALUES(25769803779,6,140311930694528,21035,'MainThread');
INSERT INTO threads VALUES(25769803782,6,140311902811840,21036,'Thread-1 (produce)');
INSERT INTO threads VALUES(30064771075,7,140098215496576,21037,'MainThread');
INSERT INTO threads VALUES(34359738371,8,140471189617536,21039,'MainThread');
INSERT INTO threads VALUES(38654705667,9,140328115776384,21040,'MainThread');
INSERT INTO threads VALUES(42949672963,10,140195515677568,21041,'MainThread');
INSERT INTO threads VALUES(47244640259,11,140338679106432,21042,'MainThread');
INSERT INTO threads VALUES(51539607555,12,140079706143616,21043,'MainThread');
INSERT INTO threads VALUES(55834574851,13,140157980355456,21044,'MainThread');
INSERT INTO threads VALUES(60129542147,14,139803767729024,21045,'MainThread');
INSERT INTO threads VALUES(64424509443,15,140191920876416,21046,'MainThread');
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
    stack    TEXT                        -- short stack, innermost first, one "file:line:function" a line;
                                         -- file:line:function is one of its lines, the recorder's pick of
                                         -- the program's nearest frame (a cancel's stack starts further in)
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
INSERT INTO sites VALUES(42949672966,'/home/user/project/examples/leaked_coroutine.py',5,'save','/home/user/project/examples/leaked_coroutine.py:5:save');
INSERT INTO sites VALUES(47244640258,'/home/user/project/examples/leaked_coroutine_fixed.py',15,'<module>','/home/user/project/examples/leaked_coroutine_fixed.py:15:<module>');
INSERT INTO sites VALUES(51539607554,'/home/user/project/examples/pending_at_close.py',11,'<module>','/home/user/project/examples/pending_at_close.py:11:<module>');
INSERT INTO sites VALUES(51539607558,'/home/user/project/examples/pending_at_close.py',12,'<module>','/home/user/project/examples/pending_at_close.py:12:<module>');
INSERT INTO sites VALUES(51539607559,'/home/user/project/examples/pending_at_close.py',7,'poll','/home/user/project/examples/pending_at_close.py:7:poll');
INSERT INTO sites VALUES(51539607560,'/home/user/project/examples/pending_at_close.py',13,'<module>','/home/user/project/examples/pending_at_close.py:13:<module>');
INSERT INTO sites VALUES(55834574850,'/home/user/project/examples/pending_at_close_fixed.py',19,'<module>','/home/user/project/examples/pending_at_close_fixed.py:19:<module>');
INSERT INTO sites VALUES(55834574854,'/home/user/project/examples/pending_at_close_fixed.py',13,'main',replace('/home/user/project/examples/pending_at_close_fixed.py:13:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(60129542146,'/home/user/project/examples/task_destroyed_pending.py',18,'<module>','/home/user/project/examples/task_destroyed_pending.py:18:<module>');
INSERT INTO sites VALUES(60129542150,'/home/user/project/examples/task_destroyed_pending.py',12,'main',replace('/home/user/project/examples/task_destroyed_pending.py:12:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(60129542151,'/home/user/project/examples/task_destroyed_pending.py',14,'main',replace('/home/user/project/examples/task_destroyed_pending.py:14:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(64424509442,'/home/user/project/examples/task_destroyed_pending_fixed.py',25,'<module>','/home/user/project/examples/task_destroyed_pending_fixed.py:25:<module>');
INSERT INTO sites VALUES(64424509446,'/home/user/project/examples/task_destroyed_pending_fixed.py',14,'main',replace('/home/user/project/examples/task_destroyed_pending_fixed.py:14:main\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/events.py:80:_run\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:1922:_run_once\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:607:run_forever\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:640:run_until_complete\n/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py:118:run','\n',char(10)));
INSERT INTO sites VALUES(64424509447,'/home/user/project/examples/task_destroyed_pending_fixed.py',20,'main','/home/user/project/examples/task_destroyed_pending_fixed.py:20:main');
CREATE TABLE loops (
    id         INTEGER PRIMARY KEY,      -- (process << 32) | serial
    process_id INTEGER NOT NULL,
    class_name TEXT NOT NULL,            -- e.g. "_UnixSelectorEventLoop", "Loop" (uvloop)
    thread_id  INTEGER,                  -- threads.id of the thread that created it
    site_id    INTEGER,                  -- sites.id of the user code that created it
    test_id    INTEGER,                  -- tests.id current at creation
    created_ns INTEGER NOT NULL
);
INSERT INTO loops VALUES(8589934596,2,'_UnixSelectorEventLoop',8589934595,8589934594,NULL,11542603640176);
INSERT INTO loops VALUES(12884901892,3,'_UnixSelectorEventLoop',12884901891,12884901890,NULL,11542738795126);
INSERT INTO loops VALUES(17179869188,4,'_UnixSelectorEventLoop',17179869187,17179869186,NULL,11542874821628);
INSERT INTO loops VALUES(17179869191,4,'_UnixSelectorEventLoop',17179869187,17179869190,NULL,11542875265528);
INSERT INTO loops VALUES(21474836481,5,'_UnixSelectorEventLoop',21474836482,21474836483,NULL,11543006400582);
INSERT INTO loops VALUES(21474836487,5,'_UnixSelectorEventLoop',21474836486,21474836485,NULL,11543006586149);
INSERT INTO loops VALUES(25769803780,6,'_UnixSelectorEventLoop',25769803779,25769803778,NULL,11543108133783);
INSERT INTO loops VALUES(30064771076,7,'_UnixSelectorEventLoop',30064771075,30064771074,NULL,11543213603233);
INSERT INTO loops VALUES(34359738372,8,'_UnixSelectorEventLoop',34359738371,34359738370,NULL,11543316658465);
INSERT INTO loops VALUES(38654705668,9,'_UnixSelectorEventLoop',38654705667,38654705666,NULL,11543433184027);
INSERT INTO loops VALUES(42949672964,10,'_UnixSelectorEventLoop',42949672963,42949672962,NULL,11543534014380);
INSERT INTO loops VALUES(47244640260,11,'_UnixSelectorEventLoop',47244640259,47244640258,NULL,11543640269342);
INSERT INTO loops VALUES(51539607556,12,'_UnixSelectorEventLoop',51539607555,51539607554,NULL,11543744566953);
INSERT INTO loops VALUES(55834574852,13,'_UnixSelectorEventLoop',55834574851,55834574850,NULL,11543903896701);
INSERT INTO loops VALUES(60129542148,14,'_UnixSelectorEventLoop',60129542147,60129542146,NULL,11544037371006);
INSERT INTO loops VALUES(64424509444,15,'_UnixSelectorEventLoop',64424509443,64424509442,NULL,11544138265855);
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
INSERT INTO tasks VALUES(8589934593,2,8589934596,NULL,'Task-1','heartbeat',8589934594,8589934595,NULL,11542603841676);
INSERT INTO tasks VALUES(8589934597,2,8589934596,NULL,'Task-2','sleep',8589934598,8589934595,NULL,11542603881645);
INSERT INTO tasks VALUES(12884901889,3,12884901892,NULL,'Task-1','heartbeat',12884901890,12884901891,NULL,11542739014853);
INSERT INTO tasks VALUES(12884901893,3,12884901892,NULL,'Task-2','sleep',12884901894,12884901891,NULL,11542739063886);
INSERT INTO tasks VALUES(17179869185,4,17179869188,NULL,'Task-1','make_future',17179869186,17179869187,NULL,11542875012822);
INSERT INTO tasks VALUES(17179869189,4,17179869191,NULL,'Task-2','main',17179869190,17179869187,NULL,11542875267511);
INSERT INTO tasks VALUES(17179869193,4,17179869191,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',17179869190,17179869187,NULL,11542875602199);
INSERT INTO tasks VALUES(17179869194,4,17179869191,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',17179869190,17179869187,NULL,11542875704581);
INSERT INTO tasks VALUES(21474836484,5,21474836487,NULL,'Task-1','main',21474836485,21474836486,NULL,11543006589143);
INSERT INTO tasks VALUES(21474836488,5,21474836481,NULL,'Task-2','compute',21474836489,21474836482,NULL,11543007020174);
INSERT INTO tasks VALUES(21474836490,5,21474836487,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',21474836485,21474836486,NULL,11543007432818);
INSERT INTO tasks VALUES(21474836491,5,21474836487,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',21474836485,21474836486,NULL,11543007538826);
INSERT INTO tasks VALUES(25769803777,6,25769803780,NULL,'Task-1','main',25769803778,25769803779,NULL,11543108372779);
INSERT INTO tasks VALUES(25769803783,6,25769803780,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',25769803778,25769803779,NULL,11543109251206);
INSERT INTO tasks VALUES(25769803784,6,25769803780,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',25769803778,25769803779,NULL,11543109369191);
INSERT INTO tasks VALUES(30064771073,7,30064771076,NULL,'Task-1','main',30064771074,30064771075,NULL,11543213781187);
INSERT INTO tasks VALUES(30064771077,7,30064771076,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',30064771074,30064771075,NULL,11543214611052);
INSERT INTO tasks VALUES(30064771078,7,30064771076,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',30064771074,30064771075,NULL,11543214725863);
INSERT INTO tasks VALUES(34359738369,8,34359738372,NULL,'Task-1','main',34359738370,34359738371,NULL,11543316841768);
INSERT INTO tasks VALUES(34359738373,8,34359738372,34359738369,'Task-2','fetch',34359738374,34359738371,NULL,11543316964861);
INSERT INTO tasks VALUES(34359738376,8,34359738372,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',34359738370,34359738371,NULL,11543328130501);
INSERT INTO tasks VALUES(34359738377,8,34359738372,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',34359738370,34359738371,NULL,11543328267285);
INSERT INTO tasks VALUES(38654705665,9,38654705668,NULL,'Task-1','main',38654705666,38654705667,NULL,11543433367850);
INSERT INTO tasks VALUES(38654705669,9,38654705668,38654705665,'Task-2','fetch',38654705670,38654705667,NULL,11543433480498);
INSERT INTO tasks VALUES(38654705671,9,38654705668,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',38654705666,38654705667,NULL,11543433806743);
INSERT INTO tasks VALUES(38654705672,9,38654705668,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',38654705666,38654705667,NULL,11543433934253);
INSERT INTO tasks VALUES(42949672961,10,42949672964,NULL,'Task-1','main',42949672962,42949672963,NULL,11543534206595);
INSERT INTO tasks VALUES(42949672967,10,42949672964,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',42949672962,42949672963,NULL,11543537298445);
INSERT INTO tasks VALUES(42949672968,10,42949672964,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',42949672962,42949672963,NULL,11543537419145);
INSERT INTO tasks VALUES(47244640257,11,47244640260,NULL,'Task-1','main',47244640258,47244640259,NULL,11543640452955);
INSERT INTO tasks VALUES(47244640261,11,47244640260,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',47244640258,47244640259,NULL,11543640854252);
INSERT INTO tasks VALUES(47244640262,11,47244640260,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',47244640258,47244640259,NULL,11543641005047);
INSERT INTO tasks VALUES(51539607553,12,51539607556,NULL,'Task-1','poll',51539607554,51539607555,NULL,11543744755574);
INSERT INTO tasks VALUES(51539607557,12,51539607556,NULL,'Task-2','sleep',51539607558,51539607555,NULL,11543744795593);
INSERT INTO tasks VALUES(55834574849,13,55834574852,NULL,'Task-1','main',55834574850,55834574851,NULL,11543904150458);
INSERT INTO tasks VALUES(55834574853,13,55834574852,55834574849,'Task-2','poll',55834574854,55834574851,NULL,11543904287012);
INSERT INTO tasks VALUES(55834574855,13,55834574852,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',55834574850,55834574851,NULL,11543935523239);
INSERT INTO tasks VALUES(55834574856,13,55834574852,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',55834574850,55834574851,NULL,11543935640574);
INSERT INTO tasks VALUES(60129542145,14,60129542148,NULL,'Task-1','main',60129542146,60129542147,NULL,11544037561389);
INSERT INTO tasks VALUES(60129542149,14,60129542148,60129542145,'Task-2','send_metrics',60129542150,60129542147,NULL,11544037673346);
INSERT INTO tasks VALUES(60129542152,14,60129542148,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',60129542146,60129542147,NULL,11544041249936);
INSERT INTO tasks VALUES(60129542153,14,60129542148,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',60129542146,60129542147,NULL,11544041374892);
INSERT INTO tasks VALUES(64424509441,15,64424509444,NULL,'Task-1','main',64424509442,64424509443,NULL,11544138448777);
INSERT INTO tasks VALUES(64424509445,15,64424509444,64424509441,'Task-2','send_metrics',64424509446,64424509443,NULL,11544138562386);
INSERT INTO tasks VALUES(64424509448,15,64424509444,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',64424509442,64424509443,NULL,11544142305965);
INSERT INTO tasks VALUES(64424509449,15,64424509444,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',64424509442,64424509443,NULL,11544142418682);
CREATE TABLE task_ends (
    task_id    INTEGER PRIMARY KEY,      -- tasks.id
    ts         INTEGER NOT NULL,         -- time.monotonic_ns() when it finished
    outcome    INTEGER NOT NULL,         -- 0 returned a result, 1 raised an exception, 2 was cancelled
    exception  TEXT                      -- qualified name of the exception's type when outcome = 1
);
INSERT INTO task_ends VALUES(8589934597,11542634682195,0,NULL);
INSERT INTO task_ends VALUES(12884901889,11542770190370,2,NULL);
INSERT INTO task_ends VALUES(12884901893,11542769701313,0,NULL);
INSERT INTO task_ends VALUES(17179869185,11542875060012,0,NULL);
INSERT INTO task_ends VALUES(17179869189,11542875422261,0,NULL);
INSERT INTO task_ends VALUES(17179869193,11542875620927,0,NULL);
INSERT INTO task_ends VALUES(17179869194,11542875723890,0,NULL);
INSERT INTO task_ends VALUES(21474836484,11543007216096,0,NULL);
INSERT INTO task_ends VALUES(21474836488,11543007083328,0,NULL);
INSERT INTO task_ends VALUES(21474836490,11543007452878,0,NULL);
INSERT INTO task_ends VALUES(21474836491,11543007553338,0,NULL);
INSERT INTO task_ends VALUES(25769803777,11543108951239,0,NULL);
INSERT INTO task_ends VALUES(25769803783,11543109272207,0,NULL);
INSERT INTO task_ends VALUES(25769803784,11543109386417,0,NULL);
INSERT INTO task_ends VALUES(30064771073,11543214338527,0,NULL);
INSERT INTO task_ends VALUES(30064771077,11543214632584,0,NULL);
INSERT INTO task_ends VALUES(30064771078,11543214744160,0,NULL);
INSERT INTO task_ends VALUES(34359738369,11543327587974,0,NULL);
INSERT INTO task_ends VALUES(34359738373,11543317002187,1,'ConnectionError');
INSERT INTO task_ends VALUES(34359738376,11543328160216,0,NULL);
INSERT INTO task_ends VALUES(34359738377,11543328288036,0,NULL);
INSERT INTO task_ends VALUES(38654705665,11543433532215,0,NULL);
INSERT INTO task_ends VALUES(38654705669,11543433502440,1,'ConnectionError');
INSERT INTO task_ends VALUES(38654705671,11543433831540,0,NULL);
INSERT INTO task_ends VALUES(38654705672,11543433950968,0,NULL);
INSERT INTO task_ends VALUES(42949672961,11543537016225,0,NULL);
INSERT INTO task_ends VALUES(42949672967,11543537321790,0,NULL);
INSERT INTO task_ends VALUES(42949672968,11543537434217,0,NULL);
INSERT INTO task_ends VALUES(47244640257,11543640584912,0,NULL);
INSERT INTO task_ends VALUES(47244640261,11543640881022,0,NULL);
INSERT INTO task_ends VALUES(47244640262,11543641029022,0,NULL);
INSERT INTO task_ends VALUES(51539607557,11543775777793,0,NULL);
INSERT INTO task_ends VALUES(55834574849,11543935010366,0,NULL);
INSERT INTO task_ends VALUES(55834574853,11543934937448,0,NULL);
INSERT INTO task_ends VALUES(55834574855,11543935551411,0,NULL);
INSERT INTO task_ends VALUES(55834574856,11543935654795,0,NULL);
INSERT INTO task_ends VALUES(60129542145,11544040944261,0,NULL);
INSERT INTO task_ends VALUES(60129542152,11544041277357,0,NULL);
INSERT INTO task_ends VALUES(60129542153,11544041391817,0,NULL);
INSERT INTO task_ends VALUES(64424509441,11544142027621,0,NULL);
INSERT INTO task_ends VALUES(64424509445,11544141983114,2,NULL);
INSERT INTO task_ends VALUES(64424509448,11544142326035,0,NULL);
INSERT INTO task_ends VALUES(64424509449,11544142433194,0,NULL);
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
INSERT INTO hooks VALUES(2,'tasks.gather','recompiled from asyncio''s source: the tasks it made, whose exceptions it may discard','3.9+','installed','exception-never-retrieved',NULL);
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
INSERT INTO hooks VALUES(3,'tasks.gather','recompiled from asyncio''s source: the tasks it made, whose exceptions it may discard','3.9+','installed','exception-never-retrieved',NULL);
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
INSERT INTO hooks VALUES(4,'tasks.gather','recompiled from asyncio''s source: the tasks it made, whose exceptions it may discard','3.9+','installed','exception-never-retrieved',NULL);
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
INSERT INTO hooks VALUES(5,'tasks.gather','recompiled from asyncio''s source: the tasks it made, whose exceptions it may discard','3.9+','installed','exception-never-retrieved',NULL);
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
INSERT INTO hooks VALUES(6,'tasks.gather','recompiled from asyncio''s source: the tasks it made, whose exceptions it may discard','3.9+','installed','exception-never-retrieved',NULL);
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
INSERT INTO hooks VALUES(7,'tasks.gather','recompiled from asyncio''s source: the tasks it made, whose exceptions it may discard','3.9+','installed','exception-never-retrieved',NULL);
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
INSERT INTO hooks VALUES(8,'tasks.gather','recompiled from asyncio''s source: the tasks it made, whose exceptions it may discard','3.9+','installed','exception-never-retrieved',NULL);
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
INSERT INTO hooks VALUES(9,'tasks.gather','recompiled from asyncio''s source: the tasks it made, whose exceptions it may discard','3.9+','installed','exception-never-retrieved',NULL);
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
INSERT INTO hooks VALUES(10,'tasks.gather','recompiled from asyncio''s source: the tasks it made, whose exceptions it may discard','3.9+','installed','exception-never-retrieved',NULL);
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
INSERT INTO hooks VALUES(11,'tasks.gather','recompiled from asyncio''s source: the tasks it made, whose exceptions it may discard','3.9+','installed','exception-never-retrieved',NULL);
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
INSERT INTO hooks VALUES(12,'tasks.gather','recompiled from asyncio''s source: the tasks it made, whose exceptions it may discard','3.9+','installed','exception-never-retrieved',NULL);
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
INSERT INTO hooks VALUES(13,'tasks.gather','recompiled from asyncio''s source: the tasks it made, whose exceptions it may discard','3.9+','installed','exception-never-retrieved',NULL);
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
INSERT INTO hooks VALUES(14,'tasks.gather','recompiled from asyncio''s source: the tasks it made, whose exceptions it may discard','3.9+','installed','exception-never-retrieved',NULL);
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
INSERT INTO hooks VALUES(15,'tasks.gather','recompiled from asyncio''s source: the tasks it made, whose exceptions it may discard','3.9+','installed','exception-never-retrieved',NULL);
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
INSERT INTO event_kinds VALUES(12,'task_cancel_requested','cancel() called on task_id (also on a task already failed: that cancel() silences its exception); ref_id = calling task, site_id = the call, its stack from the direct caller, arg = 1 if the recorder takes the caller for asyncio or a library (TaskGroup, timeout, asyncio.run, anyio; the analyzer decides itself from the stack), detail = msg; site_id NULL: the request was only observed later');
INSERT INTO event_kinds VALUES(13,'task_pending_at_close','task_id was pending when loop_id closed; site_id = the line it was suspended at; arg = 1 if a cancel was requested; detail = name');
INSERT INTO event_kinds VALUES(14,'task_destroyed_pending','task_id was garbage-collected while pending; site_id = the line it was suspended at; ref_id = sites.id of the line running when it was collected; arg = 0 loop running, 1 loop stopped, 2 loop closed; detail = name');
INSERT INTO event_kinds VALUES(15,'exception_never_retrieved','a failed task (task_id) or future (ref_id) was collected or left at exit with its exception never retrieved; site_id = where the exception was raised (innermost program frame); detail = "Type: message"; arg = why CPython said nothing: NULL it did report it (or the process exited first), 1 a cancel() on the failed task cleared its report, 2 gather() discarded it (another child had failed first)');
INSERT INTO event_kinds VALUES(16,'task_cancel_swallowed','task_id finished without being cancelled although a cancel was requested and not withdrawn (whoever requested it)');
INSERT INTO event_kinds VALUES(17,'task_pending_at_exit','task_id was still pending when the process exited and its loop was never closed; site_id = the line it was suspended at; arg = 1 if a cancel was requested');
INSERT INTO event_kinds VALUES(18,'task_renamed','task_id carried another name when it finished; detail = the name');
INSERT INTO event_kinds VALUES(20,'coroutine_never_awaited','a coroutine was never awaited nor scheduled; ref_id = sites.id of its async def (first line), site_id = where it was created, detail = qualname, arg = 0 collected, 1 alive at exit');
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
INSERT INTO events VALUES(1,11542603642179,1,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(2,11542603897829,2,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(3,11542634775333,3,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(4,11542635253525,12,2,8589934595,NULL,8589934593,NULL,8589934599,NULL,0,NULL);
INSERT INTO events VALUES(5,11542635412802,13,2,8589934595,8589934596,8589934593,NULL,8589934600,NULL,1,'Task-1');
INSERT INTO events VALUES(6,11542635428655,4,2,8589934595,8589934596,NULL,NULL,8589934601,NULL,1,NULL);
INSERT INTO events VALUES(7,11542738797049,1,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(8,11542739082734,2,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(9,11542769762163,3,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(10,11542770132114,12,3,12884901891,NULL,12884901889,NULL,12884901895,NULL,0,NULL);
INSERT INTO events VALUES(11,11542770168257,2,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(12,11542770210040,3,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(13,11542770384439,4,3,12884901891,12884901892,NULL,NULL,12884901896,NULL,0,NULL);
INSERT INTO events VALUES(14,11542874823110,1,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(15,11542875033573,2,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(16,11542875076447,3,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(17,11542875266229,1,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(18,11542875312468,2,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(19,11542875375802,30,4,17179869187,17179869191,17179869189,NULL,17179869192,17179869188,NULL,'Task <Task pending name=''Task-2'' coro=<main() running at /home/user/project/examples/cross_loop_future.py:15> cb=[_run_until_complete_cb() at /root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:180]> got Future <Future pending> attached to a different loop');
INSERT INTO events VALUES(20,11542875438085,3,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(21,11542875611252,2,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(22,11542875630050,3,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(23,11542875713574,2,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(24,11542875734175,3,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(25,11542875835526,4,4,17179869187,17179869191,NULL,NULL,17179869190,NULL,0,NULL);
INSERT INTO events VALUES(26,11542875879732,4,4,17179869187,17179869188,NULL,NULL,17179869195,NULL,0,NULL);
INSERT INTO events VALUES(27,11543006402115,1,5,21474836482,21474836481,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(28,11543006587060,1,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(29,11543006637115,2,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(30,11543006961196,2,5,21474836482,21474836481,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(31,11543007230257,3,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(32,11543007442923,2,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(33,11543007462132,3,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(34,11543007545947,2,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(35,11543007562601,3,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(36,11543007664623,4,5,21474836486,21474836487,NULL,NULL,21474836485,NULL,0,NULL);
INSERT INTO events VALUES(37,11543007742088,3,5,21474836482,21474836481,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(38,11543007890099,4,5,21474836486,21474836481,NULL,NULL,21474836492,NULL,0,NULL);
INSERT INTO events VALUES(39,11543108135846,1,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(40,11543108444005,2,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(41,11543108831772,31,6,25769803782,25769803780,NULL,NULL,25769803781,NULL,NULL,'Future.set_result');
INSERT INTO events VALUES(42,11543109000673,3,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(43,11543109261281,2,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(44,11543109284896,3,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(45,11543109376021,2,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(46,11543109398665,3,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(47,11543109521468,4,6,25769803779,25769803780,NULL,NULL,25769803778,NULL,0,NULL);
INSERT INTO events VALUES(48,11543213604825,1,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(49,11543213838232,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(50,11543214355081,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(51,11543214621347,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(52,11543214646645,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(53,11543214734335,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(54,11543214752623,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(55,11543214855235,4,7,30064771075,30064771076,NULL,NULL,30064771074,NULL,0,NULL);
INSERT INTO events VALUES(56,11543316659887,1,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(57,11543316910640,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(58,11543317031250,15,8,34359738371,34359738372,34359738373,NULL,34359738375,NULL,NULL,'ConnectionError: backend down');
INSERT INTO events VALUES(59,11543327625340,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(60,11543328146906,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(61,11543328172844,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(62,11543328276769,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(63,11543328299994,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(64,11543328442926,4,8,34359738371,34359738372,NULL,NULL,34359738370,NULL,0,NULL);
INSERT INTO events VALUES(65,11543433185819,1,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(66,11543433430003,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(67,11543433546866,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(68,11543433817239,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(69,11543433842296,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(70,11543433941223,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(71,11543433965299,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(72,11543434077045,4,9,38654705667,38654705668,NULL,NULL,38654705666,NULL,0,NULL);
INSERT INTO events VALUES(73,11543534016022,1,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(74,11543534269159,2,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(75,11543534307005,20,10,42949672963,NULL,NULL,NULL,42949672965,42949672966,0,'save');
INSERT INTO events VALUES(76,11543537035113,3,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(77,11543537309722,2,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(78,11543537337243,3,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(79,11543537425925,2,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(80,11543537445133,3,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(81,11543537560084,4,10,42949672963,42949672964,NULL,NULL,42949672962,NULL,0,NULL);
INSERT INTO events VALUES(82,11543640270684,1,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(83,11543640511022,2,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(84,11543640604010,3,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(85,11543640865950,2,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(86,11543640894712,3,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(87,11543641015132,2,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(88,11543641085046,3,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(89,11543641258313,4,11,47244640259,47244640260,NULL,NULL,47244640258,NULL,0,NULL);
INSERT INTO events VALUES(90,11543744568655,1,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(91,11543744812288,2,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(92,11543775858623,3,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(93,11543776418666,13,12,51539607555,51539607556,51539607553,NULL,51539607559,NULL,0,'Task-1');
INSERT INTO events VALUES(94,11543776435391,4,12,51539607555,51539607556,NULL,NULL,51539607560,NULL,1,NULL);
INSERT INTO events VALUES(95,11543903898193,1,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(96,11543904218009,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(97,11543935036716,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(98,11543935538813,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(99,11543935562388,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(100,11543935647224,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(101,11543935662386,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(102,11543935811578,4,13,55834574851,55834574852,NULL,NULL,55834574850,NULL,0,NULL);
INSERT INTO events VALUES(103,11544037372558,1,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(104,11544037621919,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(105,11544040792496,14,14,60129542147,60129542148,60129542149,NULL,NULL,60129542151,0,'Task-2');
INSERT INTO events VALUES(106,11544040966515,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(107,11544041261533,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(108,11544041289375,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(109,11544041382403,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(110,11544041404837,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(111,11544041509813,4,14,60129542147,60129542148,NULL,NULL,60129542146,NULL,0,NULL);
INSERT INTO events VALUES(112,11544138267397,1,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(113,11544138511049,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(114,11544141946440,12,15,64424509443,NULL,64424509445,NULL,64424509447,64424509441,0,NULL);
INSERT INTO events VALUES(115,11544142044986,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(116,11544142316160,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(117,11544142339575,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(118,11544142426414,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(119,11544142441596,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(120,11544142553833,4,15,64424509443,64424509444,NULL,NULL,64424509442,NULL,0,NULL);
CREATE INDEX events_by_kind ON events (kind, task_id);
COMMIT;
PRAGMA user_version = 3;
