/// Where a finding was seen: the trace file (for a combined trace, the one it was combined from), and the
/// Python, host and CI job of the process that saw it. A finding read from several traces (CI shards, a
/// rerun, a matrix of Pythons) names each of them.
public struct TraceSource: Sendable, Hashable, Codable {
    public var trace: String
    /// The CPython version of the process, e.g. "3.12.1".
    public var python: String?
    /// The machine it was recorded on.
    public var host: String?
    /// The CI job that recorded it, when its environment said (runs.ci_job).
    public var job: String?

    public init(trace: String, python: String? = nil, host: String? = nil, job: String? = nil) {
        self.trace = trace
        self.python = python
        self.host = host
        self.job = job
    }

    /// "shard-2.db (Python 3.12.1 on ci-runner-7, github 7123456789/1 test)", leaving out what is not known.
    public var text: String {
        let python = python.map { "Python \($0)" }
        let on = host.map { "on \($0)" }
        let about = [python, on].compactMap { $0 }.joined(separator: " ")
        let all = [about.isEmpty ? nil : about, job].compactMap { $0 }.joined(separator: ", ")
        return all.isEmpty ? trace : "\(trace) (\(all))"
    }
}

extension Trace {
    /// Where the findings of this trace came from: the source of each process, by pid, and the trace's own
    /// (for a finding of no process: its Python when it has one, its host and job when it has one run).
    public func sources() throws(TraceError) -> (byPid: [Int64: TraceSource], trace: TraceSource) {
        try withDatabase { db in
            var byPid: [Int64: TraceSource] = [:]
            var all: Set<TraceSource> = []
            let text = { (column: String) in Trace.cappedText(column) }
            try db.eachRow("""
                SELECT p.pid, \(text("p.python_version")), \(text("r.host")), \(text("r.ci_job")), \(text("r.source"))
                FROM processes AS p LEFT JOIN runs AS r ON r.id = p.run_id ORDER BY p.id
                """) { row in
                let source = TraceSource(trace: row.text(4) ?? path, python: row.text(1), host: row.text(2),
                                         job: row.text(3))
                all.insert(source)
                if let pid = row.int(0), byPid[pid] == nil { byPid[pid] = source }
            }
            return (byPid, all.count == 1 ? all.first! : TraceSource(trace: path))
        }
    }

    /// `findings` of this trace, each with the source of the process that saw it (see `sources`).
    public func withSources(_ findings: [Finding]) throws(TraceError) -> [Finding] {
        let sources = try sources()
        return findings.map { finding in
            var finding = finding
            finding.traces = [finding.pid.flatMap { sources.byPid[$0] } ?? sources.trace]
            return finding
        }
    }
}

extension Finding {
    /// Whether `findings` came from more than one trace: then the outputs for people say which saw each.
    public static func fromSeveralTraces(_ findings: [Finding]) -> Bool {
        Set(findings.lazy.flatMap { $0.traces.map(\.trace) }).count > 1
    }

    /// "shard-1.db (Python 3.12.1 on runner-7), shard-1-rerun.db (...)": the traces it was seen in.
    public var seenIn: String { traces.map(\.text).joined(separator: ", ") }
}

/// One copy of each string: findings of many traces (CI shards) repeat the same files, functions, tests,
/// roles and messages, and a Swift string read from a trace is an allocation of its own.
public struct StringInterner {
    private var strings: Set<String> = []

    public init() {}

    public mutating func callAsFunction(_ string: String) -> String { strings.insert(string).memberAfterInsert }

    public mutating func callAsFunction(_ string: String?) -> String? { string.map { self($0) } }

    /// `finding` with its strings shared with the findings interned before it.
    public mutating func callAsFunction(_ finding: Finding) -> Finding {
        var finding = finding
        finding.rule = self(finding.rule)
        finding.message = self(finding.message)
        finding.file = self(finding.file)
        finding.function = self(finding.function)
        finding.object = self(finding.object)
        finding.test = self(finding.test)
        finding.thread = self(finding.thread)
        finding.detail = self(finding.detail)
        finding.stack = finding.stack.map { self($0) }
        finding.related = finding.related.map { place in
            var place = place
            place.role = self(place.role)
            place.file = self(place.file)
            place.function = self(place.function)
            place.thread = self(place.thread)
            place.test = self(place.test)
            return place
        }
        return finding
    }
}
