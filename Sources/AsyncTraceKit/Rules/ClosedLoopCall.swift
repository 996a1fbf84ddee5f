/// A call that needs an event loop, made after that loop was closed.
public enum ClosedLoopCall: RuleDefinition {
    public static let description = RuleDescription(
        id: "closed-loop-call",
        title: "Call on a closed event loop",
        severity: .error,
        summary: """
            Reports a call that needs an event loop (call_soon, call_later, create_task, run_in_executor, a \
            transport's close() or write()) made after that loop was closed, whether the "Event loop is closed" \
            RuntimeError was raised, caught, or printed as "Exception ignored" from a __del__. Blames the \
            program line of the call and says where the loop was closed and where the transport was created.
            """,
        why: """
            An object that keeps a reference to its loop (a client, a stream, a transport, a pool) can outlive \
            the asyncio.run() that made it. Anything it does later that needs the loop raises RuntimeError: \
            Event loop is closed; from a __del__ the error is only printed at some later garbage collection, \
            far from the line that let the object escape, and the cleanup it meant to do never happens.
            """,
        fix: """
            Close clients, streams and transports (await writer.wait_closed(), async with) inside the \
            asyncio.run() that created them; do not keep objects bound to a loop beyond its lifetime.
            """,
        triggeringExample: "closed_loop_call.py",
        nonTriggeringExample: "closed_loop_call_fixed.py",
        references: [.loopClose, .run, .streams])

    public static let evidence: Set<Event.Kind> = [.closedLoopCall]

    public static func findings(in facts: Facts) -> [Finding] {
        facts.incidents[.closedLoopCall, default: []].map { event in
            let api = event.detail ?? "a loop method"
            let closed = event.loopID.flatMap { facts.loops[$0]?.closedSiteID }.flatMap(facts.location)
                .map { " (closed at \($0))" } ?? ""
            return facts.eventFinding(description, event: event, object: event.detail, message:
                "\(api) was called on an event loop that was already closed\(closed)")
        }
    }
}
