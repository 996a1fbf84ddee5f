import GRDB

/// Something the recorder did not see, so that rules may have missed findings: a row of the gaps table
/// (the recording stopped), a hook that did not install (the hooks table, which names the rules that need
/// it), or a process that never closed its trace (killed, os._exit, or still running), unless it was a
/// multiprocessing worker with no event loop open. `analyze` never reports a trace as clean while a rule it
/// ran was blind.
public struct Gap: Sendable, Hashable, Encodable {
    /// The recorder's kind (schema/trace.sql, table gaps), `hook_failed` or `process_not_closed`.
    public var kind: String
    /// Where: the hook or the part of the recorder, or "process" for a process that did not close.
    public var source: String
    public var message: String
    public var pid: Int64?
    /// The pytest test that was running, when one was.
    public var test: String?
    /// The ids of the rules this gap leaves blind; nil: every rule.
    public var rules: [String]?
    /// The trace it is in, when a command reads several.
    public var trace: String?

    public static let processNotClosed = "process_not_closed"
    public static let hookFailed = "hook_failed"

    /// Whether any of `rules` cannot see the whole trace because of this gap.
    public func blinds(any rules: [Rule]) -> Bool {
        guard let blind = self.rules else { return true }
        return rules.contains { blind.contains($0.id) }
    }

    /// What is missing, in which process, during which test: one line, under a heading that says the trace
    /// is incomplete.
    public var description: String {
        let process = (trace.map { "\($0), " } ?? "") + (pid.map { "process \($0)" } ?? "a process")
        if kind == Self.hookFailed {
            let blind = rules.map { $0.isEmpty ? "no rule needs it" : "blind: " + $0.joined(separator: ", ") } ?? ""
            return "\(process): hook \(source) did not install (\(message)); \(blind)"
        }
        return "\(process): \(message)" + (test.map { " (during \($0))" } ?? "")
    }

    /// The lines to warn with: one per blind rule for a hook, else the description.
    public var warnings: [String] {
        guard kind == Self.hookFailed, let rules, !rules.isEmpty else { return ["trace incomplete: \(description)"] }
        return rules.map { "rule \($0) cannot see \(trace ?? "this trace"): \(source) did not install (\(message))" }
    }
}

extension Trace {
    static func readGaps(_ db: Database) throws -> [Gap] {
        var gaps: [Gap] = []
        let text = { (column: String) in Trace.cappedText(column) }
        try db.eachRow("""
            SELECT \(text("g.kind")), \(text("g.source")), \(text("g.message")), p.pid, \(text("t.nodeid"))
            FROM gaps AS g LEFT JOIN processes AS p ON p.id = g.process_id LEFT JOIN tests AS t ON t.id = g.test_id
            ORDER BY g.id
            """) { row in
            gaps.append(Gap(kind: row.text(0) ?? "?", source: row.text(1) ?? "?", message: row.text(2) ?? "?",
                            pid: row.int(3), test: row.text(4)))
        }
        // Every process of a trace usually fails the same hook for the same reason: said once.
        try db.eachRow("""
            SELECT \(text("h.name")), \(text("coalesce(h.detail, '')")), \(text("h.rules")), min(p.pid)
            FROM hooks AS h LEFT JOIN processes AS p ON p.id = h.process_id
            WHERE h.status = 'failed' GROUP BY 1, 2, 3 ORDER BY min(h.rowid)
            """) { row in
            gaps.append(Gap(kind: Gap.hookFailed, source: row.text(0) ?? "?", message: row.text(1) ?? "",
                            pid: row.int(3), test: nil,
                            rules: (row.text(2) ?? "").split(separator: " ").map(String.init)))
        }
        // A process that never closed its trace is incomplete: killed, os._exit, or its trace's descriptors
        // closed behind the recorder's back (from C), after which it writes nothing, not even a gap. The one
        // exception is a multiprocessing worker (it says so as it starts) that Pool.terminate() killed while
        // none of its loops was open: the recorder writes everything it holds as a loop closes, its
        // loop_closed event last, so it lost at most its last moments of coroutine bookkeeping. Traces older
        // than the multiprocessing_worker kind read as they did: every process is given that exception.
        try db.eachRow("""
            SELECT p.pid, \(text("p.argv")) FROM processes AS p
            WHERE p.end_mono_ns IS NULL
              AND (EXISTS (SELECT 1 FROM loops AS l WHERE l.process_id = p.id AND NOT EXISTS (
                     SELECT 1 FROM events AS e WHERE e.kind = \(Event.Kind.loopClosed.rawValue) AND e.loop_id = l.id))
                   OR (EXISTS (SELECT 1 FROM event_kinds WHERE name = 'multiprocessing_worker') AND NOT EXISTS (
                     SELECT 1 FROM events AS e WHERE e.process_id = p.id AND e.kind = (
                       SELECT id FROM event_kinds WHERE name = 'multiprocessing_worker'))))
              AND NOT EXISTS (SELECT 1 FROM gaps AS g WHERE g.process_id = p.id AND g.kind = 'recording_stopped')
            ORDER BY p.id
            """) { row in
            gaps.append(Gap(kind: Gap.processNotClosed, source: "process",
                            message: "it never closed its trace (killed, os._exit, a full disk, its trace's "
                                + "descriptors closed from C, or still running): its last moments may be missing",
                            pid: row.int(0), test: nil))
        }
        return gaps
    }
}
