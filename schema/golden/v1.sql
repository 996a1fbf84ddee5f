-- A trace of schema version 1: examples/all.py recorded by the recorder of that version (paths under /home/user/project).
-- Both test suites read it: see schema/README.md, Versioning.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,     -- schema_version, recorder_version, created_wall_ns
    value TEXT NOT NULL
);
INSERT INTO meta VALUES('schema_version','1');
INSERT INTO meta VALUES('recorder_version','0.1.0');
INSERT INTO meta VALUES('created_wall_ns','1796164674466128158');
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
INSERT INTO processes VALUES(1,12650,12649,'["/root/.pyenv/versions/3.11.7/bin/python3", "all.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164674466128158,1648620184998,1650702822458);
INSERT INTO processes VALUES(2,12691,12650,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cancel_then_close.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164674538778489,1648692833527,1648780127678);
INSERT INTO processes VALUES(3,12692,12650,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cancel_then_close_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164674697742989,1648851797626,1648939349610);
INSERT INTO processes VALUES(4,12693,12650,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_loop_future.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164674852767187,1649006821503,1649057787191);
INSERT INTO processes VALUES(5,12695,12650,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_loop_future_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164674978455729,1649132510847,1649197231217);
INSERT INTO processes VALUES(6,12698,12650,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_thread_call.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164675104841459,1649258895866,1649313529861);
INSERT INTO processes VALUES(7,12700,12650,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/cross_thread_call_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164675237164972,1649391219619,1649449981905);
INSERT INTO processes VALUES(8,12702,12650,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/exception_never_retrieved.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164675368434306,1649522488433,1649587429090);
INSERT INTO processes VALUES(9,12703,12650,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/exception_never_retrieved_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164675507809084,1649661865083,1649731556778);
INSERT INTO processes VALUES(10,12704,12650,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/leaked_coroutine.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164675658889009,1649812944368,1649886577116);
INSERT INTO processes VALUES(11,12705,12650,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/leaked_coroutine_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164675812854262,1649966911653,1650025772657);
INSERT INTO processes VALUES(12,12706,12650,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/pending_at_close.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164675947874031,1650101928177,1650185951302);
INSERT INTO processes VALUES(13,12707,12650,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/pending_at_close_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164676115165322,1650269220390,1650356912769);
INSERT INTO processes VALUES(14,12714,12650,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_destroyed_pending.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164676310390710,1650464445808,1650541960556);
INSERT INTO processes VALUES(15,12725,12650,'["/root/.pyenv/versions/3.11.7/bin/python3", "/home/user/project/examples/task_destroyed_pending_fixed.py"]','/root/.pyenv/versions/3.11.7/bin/python3','3.11.7','cpython',1796164676460742342,1650614796698,1650675355948);
CREATE TABLE threads (
    id         INTEGER PRIMARY KEY,      -- (process << 32) | serial
    process_id INTEGER NOT NULL,         -- processes.id
    ident      INTEGER NOT NULL,         -- threading.get_ident() (reused by the OS: never a key)
    native_id  INTEGER,                  -- threading.get_native_id(), the OS thread id
    name       TEXT                      -- threading.current_thread().name when first seen
);
INSERT INTO threads VALUES(8589934595,2,139737678027648,12691,'MainThread');
INSERT INTO threads VALUES(12884901891,3,140614155438976,12692,'MainThread');
INSERT INTO threads VALUES(17179869187,4,140024067193728,12693,'MainThread');
INSERT INTO threads VALUES(21474836482,5,140376558008000,12697,'Thread-1 (run_forever)');
INSERT INTO threads VALUES(21474836486,5,140376585431936,12695,'MainThread');
INSERT INTO threads VALUES(25769803779,6,140528771165056,12698,'MainThread');
INSERT INTO threads VALUES(25769803782,6,140528744134336,12699,'Thread-1 (produce)');
INSERT INTO threads VALUES(30064771075,7,139629086915456,12700,'MainThread');
INSERT INTO threads VALUES(34359738371,8,139808066259840,12702,'MainThread');
INSERT INTO threads VALUES(38654705667,9,139706432007040,12703,'MainThread');
INSERT INTO threads VALUES(42949672963,10,140109168896896,12704,'MainThread');
INSERT INTO threads VALUES(47244640259,11,140201727077248,12705,'MainThread');
INSERT INTO threads VALUES(51539607555,12,140246031420288,12706,'MainThread');
INSERT INTO threads VALUES(55834574851,13,139933195045760,12707,'MainThread');
INSERT INTO threads VALUES(60129542147,14,140680632863616,12714,'MainThread');
INSERT INTO threads VALUES(64424509443,15,140655938300800,12725,'MainThread');
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
INSERT INTO loops VALUES(8589934596,2,'_UnixSelectorEventLoop',8589934595,8589934594,NULL,1648744228443);
INSERT INTO loops VALUES(12884901892,3,'_UnixSelectorEventLoop',12884901891,12884901890,NULL,1648903404017);
INSERT INTO loops VALUES(17179869188,4,'_UnixSelectorEventLoop',17179869187,17179869186,NULL,1649052670209);
INSERT INTO loops VALUES(17179869191,4,'_UnixSelectorEventLoop',17179869187,17179869190,NULL,1649053312264);
INSERT INTO loops VALUES(21474836481,5,'_UnixSelectorEventLoop',21474836482,21474836483,NULL,1649189665137);
INSERT INTO loops VALUES(21474836487,5,'_UnixSelectorEventLoop',21474836486,21474836485,NULL,1649189981532);
INSERT INTO loops VALUES(25769803780,6,'_UnixSelectorEventLoop',25769803779,25769803778,NULL,1649308873013);
INSERT INTO loops VALUES(30064771076,7,'_UnixSelectorEventLoop',30064771075,30064771074,NULL,1649445154444);
INSERT INTO loops VALUES(34359738372,8,'_UnixSelectorEventLoop',34359738371,34359738370,NULL,1649571020590);
INSERT INTO loops VALUES(38654705668,9,'_UnixSelectorEventLoop',38654705667,38654705666,NULL,1649726222133);
INSERT INTO loops VALUES(42949672964,10,'_UnixSelectorEventLoop',42949672963,42949672962,NULL,1649876822054);
INSERT INTO loops VALUES(47244640260,11,'_UnixSelectorEventLoop',47244640259,47244640258,NULL,1650021193004);
INSERT INTO loops VALUES(51539607556,12,'_UnixSelectorEventLoop',51539607555,51539607554,NULL,1650150814081);
INSERT INTO loops VALUES(55834574852,13,'_UnixSelectorEventLoop',55834574851,55834574850,NULL,1650319052852);
INSERT INTO loops VALUES(60129542148,14,'_UnixSelectorEventLoop',60129542147,60129542146,NULL,1650531095983);
INSERT INTO loops VALUES(64424509444,15,'_UnixSelectorEventLoop',64424509443,64424509442,NULL,1650664970969);
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
INSERT INTO tasks VALUES(8589934593,2,8589934596,NULL,'Task-1','heartbeat',8589934594,8589934595,NULL,1648744234662);
INSERT INTO tasks VALUES(8589934597,2,8589934596,NULL,'Task-2','sleep',8589934598,8589934595,NULL,1648744276735);
INSERT INTO tasks VALUES(12884901889,3,12884901892,NULL,'Task-1','heartbeat',12884901890,12884901891,NULL,1648903409335);
INSERT INTO tasks VALUES(12884901893,3,12884901892,NULL,'Task-2','sleep',12884901894,12884901891,NULL,1648903448914);
INSERT INTO tasks VALUES(17179869185,4,17179869188,NULL,'Task-1','make_future',17179869186,17179869187,NULL,1649052674696);
INSERT INTO tasks VALUES(17179869189,4,17179869191,NULL,'Task-2','main',17179869190,17179869187,NULL,1649053315739);
INSERT INTO tasks VALUES(17179869193,4,17179869191,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',17179869190,17179869187,NULL,1649053896573);
INSERT INTO tasks VALUES(17179869194,4,17179869191,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',17179869190,17179869187,NULL,1649054066206);
INSERT INTO tasks VALUES(21474836484,5,21474836487,NULL,'Task-1','main',21474836485,21474836486,NULL,1649189985968);
INSERT INTO tasks VALUES(21474836488,5,21474836481,NULL,'Task-2','compute',21474836489,21474836482,NULL,1649190396384);
INSERT INTO tasks VALUES(21474836490,5,21474836487,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',21474836485,21474836486,NULL,1649191526801);
INSERT INTO tasks VALUES(21474836491,5,21474836487,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',21474836485,21474836486,NULL,1649191707269);
INSERT INTO tasks VALUES(25769803777,6,25769803780,NULL,'Task-1','main',25769803778,25769803779,NULL,1649308878391);
INSERT INTO tasks VALUES(25769803783,6,25769803780,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',25769803778,25769803779,NULL,1649310267848);
INSERT INTO tasks VALUES(25769803784,6,25769803780,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',25769803778,25769803779,NULL,1649310385623);
INSERT INTO tasks VALUES(30064771073,7,30064771076,NULL,'Task-1','main',30064771074,30064771075,NULL,1649445159421);
INSERT INTO tasks VALUES(30064771077,7,30064771076,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',30064771074,30064771075,NULL,1649446462199);
INSERT INTO tasks VALUES(30064771078,7,30064771076,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',30064771074,30064771075,NULL,1649446606033);
INSERT INTO tasks VALUES(34359738369,8,34359738372,NULL,'Task-1','main',34359738370,34359738371,NULL,1649571025808);
INSERT INTO tasks VALUES(34359738373,8,34359738372,34359738369,'Task-2','fetch',34359738374,34359738371,NULL,1649571188450);
INSERT INTO tasks VALUES(34359738375,8,34359738372,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',34359738370,34359738371,NULL,1649583276543);
INSERT INTO tasks VALUES(34359738376,8,34359738372,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',34359738370,34359738371,NULL,1649583454407);
INSERT INTO tasks VALUES(38654705665,9,38654705668,NULL,'Task-1','main',38654705666,38654705667,NULL,1649726227330);
INSERT INTO tasks VALUES(38654705669,9,38654705668,38654705665,'Task-2','fetch',38654705670,38654705667,NULL,1649726386247);
INSERT INTO tasks VALUES(38654705671,9,38654705668,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',38654705666,38654705667,NULL,1649727067480);
INSERT INTO tasks VALUES(38654705672,9,38654705668,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',38654705666,38654705667,NULL,1649727248770);
INSERT INTO tasks VALUES(42949672961,10,42949672964,NULL,'Task-1','main',42949672962,42949672963,NULL,1649876827993);
INSERT INTO tasks VALUES(42949672967,10,42949672964,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',42949672962,42949672963,NULL,1649882860026);
INSERT INTO tasks VALUES(42949672968,10,42949672964,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',42949672962,42949672963,NULL,1649883040715);
INSERT INTO tasks VALUES(47244640257,11,47244640260,NULL,'Task-1','main',47244640258,47244640259,NULL,1650021198081);
INSERT INTO tasks VALUES(47244640261,11,47244640260,NULL,'Task-2','BaseEventLoop.shutdown_asyncgens',47244640258,47244640259,NULL,1650021877532);
INSERT INTO tasks VALUES(47244640262,11,47244640260,NULL,'Task-3','BaseEventLoop.shutdown_default_executor',47244640258,47244640259,NULL,1650022011381);
INSERT INTO tasks VALUES(51539607553,12,51539607556,NULL,'Task-1','poll',51539607554,51539607555,NULL,1650150818718);
INSERT INTO tasks VALUES(51539607557,12,51539607556,NULL,'Task-2','sleep',51539607558,51539607555,NULL,1650150850656);
INSERT INTO tasks VALUES(55834574849,13,55834574852,NULL,'Task-1','main',55834574850,55834574851,NULL,1650319057249);
INSERT INTO tasks VALUES(55834574853,13,55834574852,55834574849,'Task-2','poll',55834574854,55834574851,NULL,1650319180903);
INSERT INTO tasks VALUES(55834574855,13,55834574852,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',55834574850,55834574851,NULL,1650351571483);
INSERT INTO tasks VALUES(55834574856,13,55834574852,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',55834574850,55834574851,NULL,1650351852230);
INSERT INTO tasks VALUES(60129542145,14,60129542148,NULL,'Task-1','main',60129542146,60129542147,NULL,1650531102583);
INSERT INTO tasks VALUES(60129542149,14,60129542148,60129542145,'Task-2','send_metrics',60129542150,60129542147,NULL,1650531303422);
INSERT INTO tasks VALUES(60129542151,14,60129542148,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',60129542146,60129542147,NULL,1650539717409);
INSERT INTO tasks VALUES(60129542152,14,60129542148,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',60129542146,60129542147,NULL,1650539854963);
INSERT INTO tasks VALUES(64424509441,15,64424509444,NULL,'Task-1','main',64424509442,64424509443,NULL,1650664976417);
INSERT INTO tasks VALUES(64424509445,15,64424509444,64424509441,'Task-2','send_metrics',64424509446,64424509443,NULL,1650665125238);
INSERT INTO tasks VALUES(64424509448,15,64424509444,NULL,'Task-3','BaseEventLoop.shutdown_asyncgens',64424509442,64424509443,NULL,1650672725014);
INSERT INTO tasks VALUES(64424509449,15,64424509444,NULL,'Task-4','BaseEventLoop.shutdown_default_executor',64424509442,64424509443,NULL,1650672890951);
CREATE TABLE task_ends (
    task_id    INTEGER PRIMARY KEY,      -- tasks.id
    ts         INTEGER NOT NULL,         -- time.monotonic_ns() when it finished
    outcome    INTEGER NOT NULL,         -- 0 returned a result, 1 raised an exception, 2 was cancelled
    exception  TEXT                      -- qualified name of the exception's type when outcome = 1
);
INSERT INTO task_ends VALUES(8589934597,1648775772940,0,NULL);
INSERT INTO task_ends VALUES(12884901889,1648935379394,2,NULL);
INSERT INTO task_ends VALUES(12884901893,1648934692002,0,NULL);
INSERT INTO task_ends VALUES(17179869185,1649052723548,0,NULL);
INSERT INTO task_ends VALUES(17179869189,1649053680131,0,NULL);
INSERT INTO task_ends VALUES(17179869193,1649053924886,0,NULL);
INSERT INTO task_ends VALUES(17179869194,1649054095519,0,NULL);
INSERT INTO task_ends VALUES(21474836484,1649190845457,0,NULL);
INSERT INTO task_ends VALUES(21474836488,1649190554269,0,NULL);
INSERT INTO task_ends VALUES(21474836490,1649191567511,0,NULL);
INSERT INTO task_ends VALUES(21474836491,1649191743393,0,NULL);
INSERT INTO task_ends VALUES(25769803777,1649310002443,0,NULL);
INSERT INTO task_ends VALUES(25769803783,1649310289300,0,NULL);
INSERT INTO task_ends VALUES(25769803784,1649310402138,0,NULL);
INSERT INTO task_ends VALUES(30064771073,1649445917299,0,NULL);
INSERT INTO task_ends VALUES(30064771077,1649446487016,0,NULL);
INSERT INTO task_ends VALUES(30064771078,1649446625963,0,NULL);
INSERT INTO task_ends VALUES(34359738369,1649582773715,0,NULL);
INSERT INTO task_ends VALUES(34359738373,1649571240728,1,'ConnectionError');
INSERT INTO task_ends VALUES(34359738375,1649583317093,0,NULL);
INSERT INTO task_ends VALUES(34359738376,1649583480075,0,NULL);
INSERT INTO task_ends VALUES(38654705665,1649726464653,0,NULL);
INSERT INTO task_ends VALUES(38654705669,1649726421199,1,'ConnectionError');
INSERT INTO task_ends VALUES(38654705671,1649727099578,0,NULL);
INSERT INTO task_ends VALUES(38654705672,1649727275319,0,NULL);
INSERT INTO task_ends VALUES(42949672961,1649882389766,0,NULL);
INSERT INTO task_ends VALUES(42949672967,1649882902059,0,NULL);
INSERT INTO task_ends VALUES(42949672968,1649883058321,0,NULL);
INSERT INTO task_ends VALUES(47244640257,1650021355035,0,NULL);
INSERT INTO task_ends VALUES(47244640261,1650021903471,0,NULL);
INSERT INTO task_ends VALUES(47244640262,1650022029598,0,NULL);
INSERT INTO task_ends VALUES(51539607557,1650182041867,0,NULL);
INSERT INTO task_ends VALUES(55834574849,1650350676972,0,NULL);
INSERT INTO task_ends VALUES(55834574853,1650350575271,0,NULL);
INSERT INTO task_ends VALUES(55834574855,1650351629810,0,NULL);
INSERT INTO task_ends VALUES(55834574856,1650351888404,0,NULL);
INSERT INTO task_ends VALUES(60129542145,1650539451663,0,NULL);
INSERT INTO task_ends VALUES(60129542151,1650539751569,0,NULL);
INSERT INTO task_ends VALUES(60129542152,1650539872629,0,NULL);
INSERT INTO task_ends VALUES(64424509441,1650671984683,0,NULL);
INSERT INTO task_ends VALUES(64424509445,1650671916241,2,NULL);
INSERT INTO task_ends VALUES(64424509448,1650672756591,0,NULL);
INSERT INTO task_ends VALUES(64424509449,1650672908537,0,NULL);
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
INSERT INTO events VALUES(1,1648744231037,1,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(2,1648744296565,2,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(3,1648775953949,3,2,8589934595,8589934596,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(4,1648776670305,12,2,8589934595,NULL,8589934593,NULL,8589934599,NULL,0,NULL);
INSERT INTO events VALUES(5,1648776795641,13,2,8589934595,8589934596,8589934593,NULL,NULL,NULL,1,'Task-1');
INSERT INTO events VALUES(6,1648776800719,4,2,8589934595,8589934596,NULL,NULL,NULL,NULL,1,NULL);
INSERT INTO events VALUES(7,1648903405910,1,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(8,1648903468433,2,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(9,1648934785821,3,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(10,1648935307177,12,3,12884901891,NULL,12884901889,NULL,12884901895,NULL,0,NULL);
INSERT INTO events VALUES(11,1648935352674,2,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(12,1648935402168,3,3,12884901891,12884901892,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(13,1648935606963,4,3,12884901891,12884901892,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(14,1649052672062,1,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(15,1649052695066,2,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(16,1649052740353,3,4,17179869187,17179869188,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(17,1649053313676,1,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(18,1649053390541,2,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(19,1649053483429,30,4,17179869187,17179869191,17179869189,NULL,17179869192,17179869188,NULL,'Task <Task pending name=''Task-2'' coro=<main() running at /home/user/project/examples/cross_loop_future.py:15> cb=[_run_until_complete_cb() at /root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py:180]> got Future <Future pending> attached to a different loop');
INSERT INTO events VALUES(20,1649053703386,3,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(21,1649053910454,2,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(22,1649053938316,3,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(23,1649054079896,2,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(24,1649054108088,3,4,17179869187,17179869191,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(25,1649054268296,4,4,17179869187,17179869191,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(26,1649054377188,4,4,17179869187,17179869188,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(27,1649189668421,1,5,21474836482,21474836481,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(28,1649189673259,2,5,21474836482,21474836481,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(29,1649189983214,1,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(30,1649190058476,2,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(31,1649190879478,3,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(32,1649191547361,2,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(33,1649191581923,3,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(34,1649191721600,2,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(35,1649191760979,3,5,21474836486,21474836487,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(36,1649191976910,4,5,21474836486,21474836487,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(37,1649192309660,3,5,21474836482,21474836481,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(38,1649192642601,4,5,21474836486,21474836481,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(39,1649308875417,1,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(40,1649308959412,2,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(41,1649309475384,31,6,25769803782,25769803780,NULL,NULL,25769803781,NULL,NULL,'Future.set_result');
INSERT INTO events VALUES(42,1649310054431,3,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(43,1649310278324,2,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(44,1649310301418,3,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(45,1649310392163,2,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(46,1649310413465,3,6,25769803779,25769803780,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(47,1649310525321,4,6,25769803779,25769803780,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(48,1649445156467,1,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(49,1649445233161,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(50,1649445936227,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(51,1649446474358,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(52,1649446502289,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(53,1649446615658,2,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(54,1649446635698,3,7,30064771075,30064771076,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(55,1649446765561,4,7,30064771075,30064771076,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(56,1649571022663,1,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(57,1649571117775,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(58,1649571258544,15,8,34359738371,34359738372,34359738373,NULL,NULL,NULL,NULL,'ConnectionError');
INSERT INTO events VALUES(59,1649582818341,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(60,1649583299447,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(61,1649583331795,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(62,1649583466695,2,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(63,1649583493986,3,8,34359738371,34359738372,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(64,1649583689287,4,8,34359738371,34359738372,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(65,1649726224436,1,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(66,1649726309613,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(67,1649726482710,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(68,1649727081341,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(69,1649727115251,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(70,1649727260137,2,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(71,1649727295539,3,9,38654705667,38654705668,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(72,1649727477871,4,9,38654705667,38654705668,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(73,1649876824728,1,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(74,1649876923785,2,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(75,1649876977866,20,10,42949672963,NULL,NULL,NULL,42949672965,42949672966,0,'save');
INSERT INTO events VALUES(76,1649882422986,3,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(77,1649882882019,2,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(78,1649882921137,3,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(79,1649883048797,2,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(80,1649883068787,3,10,42949672963,42949672964,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(81,1649883206201,4,10,42949672963,42949672964,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(82,1650021195297,1,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(83,1650021279052,2,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(84,1650021371169,3,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(85,1650021888438,2,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(86,1650021915779,3,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(87,1650022018882,2,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(88,1650022152351,3,11,47244640259,47244640260,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(89,1650022296946,4,11,47244640259,47244640260,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(90,1650150815674,1,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(91,1650150867561,2,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(92,1650182135145,3,12,51539607555,51539607556,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(93,1650182694988,13,12,51539607555,51539607556,51539607553,NULL,NULL,NULL,0,'Task-1');
INSERT INTO events VALUES(94,1650182699345,4,12,51539607555,51539607556,NULL,NULL,NULL,NULL,1,NULL);
INSERT INTO events VALUES(95,1650319054685,1,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(96,1650319121424,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(97,1650350714077,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(98,1650351602389,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(99,1650351650801,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(100,1650351870117,2,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(101,1650351903757,3,13,55834574851,55834574852,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(102,1650352210984,4,13,55834574851,55834574852,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(103,1650531098547,1,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(104,1650531215130,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(105,1650538805442,14,14,60129542147,60129542148,60129542149,NULL,NULL,NULL,0,'Task-2');
INSERT INTO events VALUES(106,1650539491282,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(107,1650539731449,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(108,1650539763217,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(109,1650539862905,2,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(110,1650539885028,3,14,60129542147,60129542148,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(111,1650540067229,4,14,60129542147,60129542148,NULL,NULL,NULL,NULL,0,NULL);
INSERT INTO events VALUES(112,1650664973182,1,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,'_UnixSelectorEventLoop');
INSERT INTO events VALUES(113,1650665060722,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(114,1650671827228,12,15,64424509443,NULL,64424509445,NULL,64424509447,64424509441,0,NULL);
INSERT INTO events VALUES(115,1650672077100,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(116,1650672741218,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(117,1650672773326,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(118,1650672900084,2,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(119,1650672917741,3,15,64424509443,64424509444,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(120,1650673081204,4,15,64424509443,64424509444,NULL,NULL,NULL,NULL,0,NULL);
CREATE INDEX events_by_kind ON events (kind, task_id);
COMMIT;
PRAGMA user_version = 1;
