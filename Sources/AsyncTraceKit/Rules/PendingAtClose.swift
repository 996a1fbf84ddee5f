/// A task nobody cancelled or awaited, still pending when its loop closed or its process exited.
public enum PendingAtClose: RuleDefinition {
    public static let description = RuleDescription(
        id: "pending-at-close",
        title: "Task still pending at shutdown",
        severity: .warning,
        summary: """
            Reports a task that was still pending, with no cancel() requested, when its event loop closed or \
            the process exited, and blames the line that created the task.
            """,
        why: """
            A task that is still pending when its loop closes never runs to completion: the rest of its \
            coroutine, its finally blocks and its async context managers are skipped. Work the program \
            believes it started (a write, a flush, a message) is lost without an error, and the resources the \
            task holds are never released. asyncio.run() cancels leftover tasks, but code that closes a loop \
            itself, runs a loop in a thread, or exits while a loop is still open gets no such help, and asyncio \
            at most logs "Task was destroyed but it is pending!" if the task happens to be collected.
            """,
        fix: """
            Await or cancel every task before its loop closes: run them in an asyncio.TaskGroup, or cancel them \
            and await asyncio.gather(*tasks, return_exceptions=True) before close().
            """,
        triggeringExample: "pending_at_close.py",
        nonTriggeringExample: "pending_at_close_fixed.py",
        references: [.loopClose, .run, .taskGroups, .cancellation])

    public static let evidence: Set<Event.Kind> = [.taskPendingAtClose, .taskPendingAtExit, .taskDestroyedPending]

    public static func findings(in facts: Facts) -> [Finding] {
        facts.histories.compactMap { taskID, history in
            if let event = history.pendingAtClose ?? history.pendingAtExit {
                guard !history.cancelRequested(before: event) else { return nil }
                let closedAt = facts.tasks[taskID]?.loopID.flatMap { facts.loops[$0]?.closedSiteID }
                    .flatMap(facts.location).map { " at \($0)" } ?? ""
                let end = event.kind == .taskPendingAtClose
                    ? "its event loop closed\(closedAt)" : "the process exited (its event loop was never closed)"
                return facts.taskFinding(description, event: event) { "\($0) was still pending when \(end)" }
            }
            // Without a close event, a pending task destroyed after the close is the only evidence.
            guard let event = history.destroyedPending, event.arg == Event.LoopState.closed.rawValue,
                  !history.cancelRequested(before: event) else { return nil }
            return facts.taskFinding(description, event: event) {
                "\($0) was still pending when its event loop closed (it was garbage-collected afterwards)"
            }
        }
    }
}
