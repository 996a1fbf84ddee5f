import GRDB

/// Where a finding was seen: the trace file, and the Python and host of the process that saw it. A finding
/// read from several traces (CI shards, a rerun, a matrix of Pythons) names each of them.
public struct TraceSource: Sendable, Hashable, Codable {
    public var trace: String
    /// The CPython version of the process, e.g. "3.12.1".
    public var python: String?
    /// The machine the trace was recorded on (older traces do not say).
    public var host: String?

    public init(trace: String, python: String? = nil, host: String? = nil) {
        self.trace = trace
        self.python = python
        self.host = host
    }

    /// "shard-2.db (Python 3.12.1 on ci-runner-7)", leaving out what is not known.
    public var text: String {
        let python = python.map { "Python \($0)" }
        let on = host.map { "on \($0)" }
        let about = [python, on].compactMap { $0 }.joined(separator: " ")
        return about.isEmpty ? trace : "\(trace) (\(about))"
    }
}

extension Trace {
    /// What says where a finding of this trace came from: the source of each process, by pid.
    public func sources() throws(TraceError) -> (byPid: [Int64: TraceSource], trace: TraceSource) {
        try withDatabase { db in
            var host: String?
            try db.eachRow("SELECT \(Trace.cappedText("value")) FROM meta WHERE key = 'host'") { host = $0.text(0) }
            var byPid: [Int64: TraceSource] = [:]
            var versions: Set<String> = []
            try db.eachRow("SELECT pid, \(Trace.cappedText("python_version")) FROM processes ORDER BY id") { row in
                guard let pid = row.int(0) else { return }
                let python = row.text(1)
                if let python { versions.insert(python) }
                byPid[pid] = byPid[pid] ?? TraceSource(trace: path, python: python, host: host)
            }
            // A finding of no process (a trace-wide one) names the trace's Python when it has only one.
            return (byPid, TraceSource(trace: path, python: versions.count == 1 ? versions.first : nil, host: host))
        }
    }
}

extension Finding {
    /// The findings of several traces read as one run: each trace's findings with their sources, then the
    /// same finding (rule, file, line, function, coroutine and test) seen in several traces counted once, as
    /// often as the trace that saw it most often, naming every trace that saw it. A shard and its rerun thus
    /// report a leak once; shards that ran different tests keep each test's findings. Sorted as one trace's.
    public static func merging(_ perTrace: [[Finding]]) -> [Finding] {
        guard perTrace.count > 1 else { return perTrace.first ?? [] }
        struct Key: Hashable {
            var rule: String, file: String?, line: Int64?, function: String?, object: String?, test: String?
        }
        func key(_ finding: Finding) -> Key {
            Key(rule: finding.rule, file: finding.file, line: finding.line, function: finding.function,
                object: finding.object.map(Baseline.stableObject), test: finding.test)
        }
        var most: [Key: (trace: Int, count: Int)] = [:]
        var sources: [Key: [TraceSource]] = [:]
        for (index, findings) in perTrace.enumerated() {
            var counts: [Key: Int] = [:]
            for finding in findings {
                let key = key(finding)
                counts[key, default: 0] += 1
                for source in finding.traces where !(sources[key]?.contains(source) ?? false) {
                    sources[key, default: []].append(source)
                }
            }
            for (key, count) in counts where count > most[key]?.count ?? 0 { most[key] = (index, count) }
        }
        var merged: [Finding] = []
        for (index, findings) in perTrace.enumerated() {
            for var finding in findings {
                let key = key(finding)
                guard most[key]?.trace == index else { continue }
                finding.traces = sources[key] ?? finding.traces
                merged.append(finding)
            }
        }
        return Rule.sorted(merged)
    }
}
