/// A future, task or primitive of one event loop awaited or used from another loop.
public enum CrossLoopAwait: RuleDefinition {
    public static let description = RuleDescription(
        id: "cross-loop-await",
        title: "Future used from another event loop",
        severity: .error,
        summary: """
            Reports an await or use of a future, task or asyncio primitive that belongs to a different event \
            loop than the task using it, and blames the offending line.
            """,
        why: """
            Every asyncio future, task, lock, queue and event is bound to the loop it was created on or first \
            used on. Awaiting it from a task on another loop (a loop started by a second asyncio.run() call, a \
            loop in another thread, or a module-level object shared between the event loops of several tests) \
            raises RuntimeError ("attached to a different loop"), and where code catches that broadly the \
            result is a hang or a lost value instead of an error.
            """,
        fix: """
            Create futures and asyncio primitives inside the loop that uses them; to hand work to another loop \
            use asyncio.run_coroutine_threadsafe() and await the result with asyncio.wrap_future().
            """,
        triggeringExample: "cross_loop_future.py",
        nonTriggeringExample: "cross_loop_future_fixed.py",
        references: [.runCoroutineThreadsafe, .wrapFuture, .threads])

    public static let evidence: Set<Event.Kind> = [.crossLoopAwait]

    public static func findings(in facts: Facts) -> [Finding] {
        facts.incidents[.crossLoopAwait, default: []].map { event in
            let object = facts.taskObject(event)
            // Two loops made on one line (a helper that calls asyncio.run()) are told apart by their callers.
            let loop = { (id: Int64?, other: Int64?) -> String in
                guard let site = id.flatMap({ facts.loops[$0] })?.siteID, let made = facts.location(site) else { return "" }
                let apart = facts.frameTellingApart(site, from: other.flatMap { facts.loops[$0]?.siteID })
                    .map { " by way of \($0.file):\($0.line ?? 0)" } ?? ""
                return " (created at \(made)\(apart))"
            }
            let what = event.arg.flatMap { facts.location($0) }
                .map { "the \(facts.primitiveName(event.detail)) created at \($0), which is" } ?? "a future, task or primitive"
            let who = object.map { "task \($0)" } ?? "code"
            var finding = facts.eventFinding(description, event: event, object: object, message:
                "\(who) running on one event loop\(loop(event.loopID, event.refID)) awaited or used \(what) "
                    + "bound to another\(loop(event.refID, event.loopID))")
            finding.detail = event.detail
            return finding
        }
    }
}
