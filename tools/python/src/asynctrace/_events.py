"""The event kinds and codes the recorder writes (schema/trace.sql, table event_kinds, is their contract)."""

LOOP_CREATED, LOOP_RUN_START, LOOP_RUN_STOP, LOOP_CLOSED, MULTIPROCESSING_WORKER = 1, 2, 3, 4, 5
TASK_CANCEL_REQUESTED, TASK_PENDING_AT_CLOSE, TASK_DESTROYED_PENDING = 12, 13, 14
EXCEPTION_NEVER_RETRIEVED, TASK_CANCEL_SWALLOWED, TASK_PENDING_AT_EXIT, TASK_RENAMED = 15, 16, 17, 18
TASK_ALIVE_AT_SCOPE_END = 19
COROUTINE_NEVER_AWAITED, CROSS_LOOP_AWAIT, CROSS_THREAD_CALL = 20, 30, 31
CLOSED_LOOP_CALL, TRANSPORT_LEFT_OPEN, ASYNCGEN_FINALIZED, LOOP_BLOCKED = 32, 33, 34, 35

# task_ends.outcome
OUTCOME_RESULT, OUTCOME_EXCEPTION, OUTCOME_CANCELLED = 0, 1, 2
# task_destroyed_pending's arg: the state of the task's loop
LOOP_RUNNING, LOOP_STOPPED, LOOP_CLOSED_STATE = 0, 1, 2
# exception_never_retrieved's arg: why CPython said nothing (NULL: it reported the exception, or the process
# exited first); cancel() cleared its flag; gather() retrieved the exception and dropped it
UNREPORTED_CANCEL, DISCARDED_BY_GATHER = 1, 2

# emit()'s test_id when the event happens in the test current now (the default).
CURRENT_TEST = object()
