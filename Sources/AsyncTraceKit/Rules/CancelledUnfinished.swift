/// cancel() was requested, but the task never got to finish: shutdown came first, or it ignored the cancel.
public enum CancelledUnfinished: RuleDefinition {
    public static let description = RuleDescription(
        id: "cancelled-unfinished",
        title: "Cancelled task never finished",
        severity: .warning,
        summary: """
            Reports a task whose cancel() was requested but that never finished: its loop closed, the process \
            exited or the task was garbage-collected before it ran again, or its coroutine swallowed the \
            CancelledError after the program itself cancelled it. Blames the line that created the task (a swallowed \
            cancel: the except that swallowed it, on CPython 3.11 and later) and says where cancel() was called.
            """,
        why: """
            Task.cancel() only requests cancellation: CancelledError is thrown into the coroutine the next time \
            the loop runs the task. If the loop closes right after cancel(), that never happens, and the task's \
            finally blocks and async context managers never run. A coroutine that catches CancelledError and \
            does not re-raise it defeats cancellation: the caller believes the task stopped, asyncio.timeout() \
            and TaskGroup misbehave, and shutdown can hang or skip cleanup.
            """,
        fix: """
            After cancel(), await the task (or asyncio.gather(*tasks, return_exceptions=True)) before closing \
            the loop; when catching CancelledError, clean up and re-raise it.
            """,
        triggeringExample: "cancel_then_close.py",
        nonTriggeringExample: "cancel_then_close_fixed.py",
        references: [.cancellation, .taskCancel, .loopClose])

    public static let evidence: Set<Event.Kind> = [.taskPendingAtClose, .taskPendingAtExit, .taskDestroyedPending,
                                                   .taskCancelSwallowed]

    public static func findings(in facts: Facts) -> [Finding] {
        facts.histories.compactMap { taskID, history in
            let cancel = facts.decisiveCancel(taskID).flatMap { facts.location($0.siteID) }.map { " at \($0)" } ?? ""
            let ended = [history.pendingAtClose, history.destroyedPending, history.pendingAtExit]
                .compactMap { $0 }.filter(history.cancelRequested(before:))
            // asyncio (TaskGroup, timeouts) and libraries (anyio's cancel scopes) cancel and swallow by design:
            // only a task the program cancelled itself swallowed the cancel.
            let swallowed = history.cancelSwallowed.flatMap { event in
                history.cancelRequests.contains(where: facts.isProgramCancel) ? event : nil
            }
            let candidates = ended + [swallowed].compactMap { $0 }
            guard let event = candidates.min(by: { $0.id < $1.id }) else { return nil }
            let outcome = switch event.kind {
            case .taskPendingAtClose: "but its event loop closed before it finished"
            case .taskPendingAtExit: "but the process exited before it finished"
            case .taskDestroyedPending: "but it was garbage-collected before it finished"
            default:
                switch facts.tasks[taskID]?.end {
                case let end? where end.outcome == .exception:
                    "but it swallowed the CancelledError and raised \(end.exception ?? "an exception") instead"
                default: "but it swallowed the CancelledError and finished normally"
                }
            }
            let message = { (task: String) in "\(task) was cancelled\(cancel) \(outcome)" }
            if event.kind == .taskCancelSwallowed, event.arg == Event.swallowedByExcept {
                // Blamed on the except that swallowed it, in the test that made the task.
                return facts.eventFinding(description, event: event, testID: facts.tasks[taskID]?.testID,
                                          object: facts.taskObject(event),
                                          message: message(facts.taskObject(event).map { "task \($0)" } ?? "a task"))
            }
            return facts.taskFinding(description, event: event, message: message)
        }
    }
}
