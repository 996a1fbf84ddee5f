/// A loop or future method that is not thread-safe, called from a thread that does not run the loop.
public enum CrossThreadCall: RuleDefinition {
    public static let description = RuleDescription(
        id: "cross-thread-call",
        title: "Event loop called from another thread",
        severity: .error,
        summary: """
            Reports a call to an event loop or future method that is not thread-safe (call_soon, create_task, \
            Future.set_result, ...) from a thread other than the one running the loop, and blames the calling \
            line.
            """,
        why: """
            Almost all of asyncio is not thread-safe. loop.call_soon(), loop.create_task() or \
            Future.set_result() called from another thread change the loop's ready queue without a lock and do \
            not wake the loop up, so the callback runs late (when something else wakes the loop), never, or \
            corrupts the loop's state. The failure depends on timing and usually shows up as an occasional hang.
            """,
        fix: """
            From other threads use loop.call_soon_threadsafe(), asyncio.run_coroutine_threadsafe(), or \
            loop.call_soon_threadsafe(future.set_result, value).
            """,
        triggeringExample: "cross_thread_call.py",
        nonTriggeringExample: "cross_thread_call_fixed.py",
        references: [.threads, .callSoonThreadsafe, .runCoroutineThreadsafe])

    public static let evidence: Set<Event.Kind> = [.crossThreadCall]

    public static func findings(in facts: Facts) -> [Finding] {
        facts.incidents[.crossThreadCall, default: []].map { event in
            let api = event.detail ?? "a loop method that is not thread-safe"
            let name = { (threadID: Int64?) in threadID.flatMap { facts.threads[$0]?.name }.map { "thread '\($0)'" } }
            let caller = name(event.threadID) ?? "another thread"
            let owner = name(event.loopID.flatMap { facts.loops[$0]?.threadID }).map { " (it was created on \($0))" }
            return facts.eventFinding(description, event: event, object: event.detail, message:
                "\(api) called from \(caller), not the thread running its event loop\(owner ?? "")")
        }
    }
}
