/// A transport or server still open when its event loop closed.
public enum TransportLeftOpen: RuleDefinition {
    public static let description = RuleDescription(
        id: "transport-left-open",
        title: "Transport left open at loop close",
        severity: .warning,
        summary: """
            Reports a transport (a connection, a pipe) or a server still open when its event loop closed, and \
            blames where it was created: the open_connection, create_connection or start_server call in \
            program code (an accepted connection: its server's).
            """,
        why: """
            A transport still open when its loop closes can no longer be closed properly: its socket is only \
            released when the garbage collector finalizes it, with an "unclosed transport" ResourceWarning that \
            Python hides by default, and the peer never sees an orderly shutdown. Pools and clients that keep \
            connections beyond the asyncio.run() that opened them are the usual cause; later use of them \
            fails with "Event loop is closed".
            """,
        fix: """
            Close every connection and server before the loop closes: writer.close() then await \
            writer.wait_closed(), server.close() then await server.wait_closed(), or async with for both.
            """,
        triggeringExample: "transport_left_open.py",
        nonTriggeringExample: "transport_left_open_fixed.py",
        references: [.streams, .transports, .loopClose])

    public static let evidence: Set<Event.Kind> = [.transportLeftOpen]

    public static func findings(in facts: Facts) -> [Finding] {
        facts.incidents[.transportLeftOpen, default: []].map { event in
            let kind = event.detail.map { "\($0)" } ?? "a transport"
            let closed = event.loopID.flatMap { facts.loops[$0]?.closedSiteID }.flatMap(facts.location)
                .map { " at \($0)" } ?? ""
            return facts.eventFinding(description, event: event, object: event.detail, message:
                "\(kind) was still open when its event loop closed\(closed)")
        }
    }
}
