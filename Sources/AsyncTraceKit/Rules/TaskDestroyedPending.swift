/// A pending task garbage-collected while its loop was still open: nothing held a reference to it.
public enum TaskDestroyedPending: RuleDefinition {
    public static let description = RuleDescription(
        id: "task-destroyed-pending",
        title: "Pending task garbage-collected",
        severity: .error,
        summary: """
            Reports a task that was garbage-collected while still pending and while its event loop was still \
            open, with no cancel() requested, and blames the line that created the task.
            """,
        why: """
            The event loop keeps only weak references to tasks. A task created with asyncio.create_task() or \
            ensure_future() and not stored anywhere can be garbage-collected in the middle of its work, as soon \
            as nothing else refers to it (typically while it waits on a future only it refers to). It then \
            vanishes without running the rest of its coroutine or its finally blocks; asyncio logs "Task was \
            destroyed but it is pending!" at best. The bug depends on when the garbage collector runs, so it \
            comes and goes.
            """,
        fix: """
            Keep a strong reference to every task until it finishes: await it, start it in an \
            asyncio.TaskGroup, or hold it in a set and discard it in a done callback.
            """,
        triggeringExample: "task_destroyed_pending.py",
        nonTriggeringExample: "task_destroyed_pending_fixed.py",
        references: [.createTask, .taskGroups])

    public static let evidence: Set<Event.Kind> = [.taskDestroyedPending]

    public static func findings(in facts: Facts) -> [Finding] {
        facts.histories.compactMap { _, history in
            guard let event = history.destroyedPending, !history.cancelRequested(before: event),
                  let state = event.arg.flatMap(Event.LoopState.init), state != .closed else { return nil }
            let loop = state == .running ? "running" : "stopped but not closed"
            return facts.taskFinding(description, event: event) {
                "\($0) was garbage-collected while pending; its event loop was still \(loop)"
            }
        }
    }
}
