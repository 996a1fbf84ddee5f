/// A task or future failed and no code ever looked at its exception.
public enum ExceptionNeverRetrieved: RuleDefinition {
    public static let description = RuleDescription(
        id: "exception-never-retrieved",
        title: "Task exception never retrieved",
        severity: .error,
        summary: """
            Reports a task or future that failed with an exception nobody retrieved (by awaiting it or calling \
            result() or exception()), and blames the line that created the task (a plain future: where its \
            exception was raised); the story says where it was raised, with the message. Also where CPython \
            itself says nothing: a cancel() called on a task that had already failed, and a gather() child that \
            failed after another one had (gather discards its exception).
            """,
        why: """
            When a task raises and nobody awaits it, the exception goes nowhere: the program carries on as if \
            the work had succeeded. CPython logs "Task exception was never retrieved" only when the task is \
            garbage-collected, which may be much later, or never if the process exits first, and a test that \
            triggers it still passes. Fire-and-forget tasks are the usual cause.
            """,
        fix: """
            Await every task you create, or start them in an asyncio.TaskGroup, which propagates failures; for \
            deliberate fire-and-forget, add a done callback that calls task.exception() and logs it.
            """,
        triggeringExample: "exception_never_retrieved.py",
        nonTriggeringExample: "exception_never_retrieved_fixed.py",
        references: [.neverRetrieved, .createTask, .taskGroups])

    public static let evidence: Set<Event.Kind> = [.exceptionNeverRetrieved]

    public static func findings(in facts: Facts) -> [Finding] {
        var reportedTasks = Set<Int64>()
        return facts.incidents[.exceptionNeverRetrieved, default: []].compactMap { event in
            let silence = switch event.arg.flatMap(Event.Unreported.init) {
            case .clearedByCancel:
                "; cancel()\(facts.decisiveCancel(event.taskID ?? 0).flatMap { facts.location($0.siteID) }.map { " at \($0)" } ?? "") "
                    + "was called after it had failed, which silences CPython's own report"
            case .discardedByGather:
                "; gather() discarded it because another awaitable had failed first, and nothing else could see it"
            case nil: ""
            }
            let failure = "failed with \(event.detail ?? "an exception") and nobody retrieved the exception\(silence)"
            guard let taskID = event.taskID else {
                return facts.eventFinding(description, event: event, object: nil, message: "a future \(failure)")
            }
            guard reportedTasks.insert(taskID).inserted else { return nil }
            return facts.taskFinding(description, event: event) { "\($0) \(failure)" }
        }
    }
}
