/// An async generator left mid-iteration, closed later by the garbage collector or by asyncio.run's shutdown.
public enum AsyncgenNotClosed: RuleDefinition {
    public static let description = RuleDescription(
        id: "asyncgen-not-closed",
        title: "Async generator never closed",
        severity: .warning,
        summary: """
            Reports an async generator that was iterated but neither exhausted nor closed with aclose() by the \
            program, so that the garbage collector or shutdown_asyncgens() finalized it later. Blames the line \
            that iterated it (the `async for` that broke out) and says where it was finalized.
            """,
        why: """
            Leaving an `async for` early (break, return, an exception) leaves its generator suspended at a yield. \
            Its finally blocks and async context managers run only when something closes it: the garbage \
            collector, whenever it gets to it, in a new task of whatever loop is current then, or \
            asyncio.run()'s shutdown_asyncgens() at the very end, or never if the loop is gone. Locks stay held, \
            connections stay open, and cleanup happens out of order or in the wrong task.
            """,
        fix: """
            Close the generator where the iteration ends: async with contextlib.aclosing(gen()) as items: async \
            for ... (Python 3.10+), or try/finally: await gen.aclose().
            """,
        triggeringExample: "asyncgen_not_closed.py",
        nonTriggeringExample: "asyncgen_not_closed_fixed.py",
        references: [.aclosing, .shutdownAsyncgens])

    public static let evidence: Set<Event.Kind> = [.asyncgenFinalized]

    public static func findings(in facts: Facts) -> [Finding] {
        facts.incidents[.asyncgenFinalized, default: []].map { event in
            let name = event.detail.map { "async generator \($0)" } ?? "an async generator"
            let by = event.arg == 1 ? "closed by shutdown_asyncgens() when its loop shut down"
                : "finalized by the garbage collector"
            return facts.eventFinding(description, event: event, object: event.detail, message:
                "\(name) was left mid-iteration and \(by), not closed by the program")
        }
    }
}
