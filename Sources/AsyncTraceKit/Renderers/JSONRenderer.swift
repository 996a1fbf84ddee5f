/// Findings for programs: a JSON array of objects with the same keys each (absent facts are null), in a
/// stable (sorted) order, laid out as Finding's Encodable conformance and JSONEncoder would write them.
public enum JSONRenderer {
    public static func render(_ findings: some Sequence<Finding>, to output: OutputFile) throws {
        var json = PrettyJSON.Writer(output: output)
        try json.array(findings) { try $0.finding($1) }
        try json.flush()
        try output.write("\n")
    }
}

extension PrettyJSON.Writer {
    /// A finding under the keys of Finding.CodingKeys, sorted.
    mutating func finding(_ finding: Finding) throws {
        try object { json in
            try json.member("detail", finding.detail)
            try json.member("file", finding.file)
            try json.member("function", finding.function)
            try json.member("line", finding.line)
            try json.member("loop", finding.loop)
            try json.member("message", finding.message)
            try json.member("object", finding.object)
            try json.member("pid", finding.pid)
            try json.key("related")
            try json.array(finding.related) { try $0.place($1) }
            try json.member("rule", finding.rule)
            try json.member("severity", finding.severity.rawValue)
            try json.key("stack")
            try json.array(finding.stack) { try $0.value($1) }
            try json.member("task", finding.task)
            try json.member("test", finding.test)
            try json.member("thread", finding.thread)
            try json.member("timestamp_ns", finding.timestampNs)
            try json.key("traces")
            try json.array(finding.traces) { try $0.value(PrettyJSON($1)) }
        }
    }

    /// A related place under the keys of RelatedLocation, sorted; absent facts are null.
    private mutating func place(_ place: RelatedLocation) throws {
        try object { json in
            try json.member("file", place.file)
            try json.member("function", place.function)
            try json.member("line", place.line)
            try json.member("loop", place.loop)
            try json.member("role", place.role)
            try json.member("task", place.task)
            try json.member("test", place.test)
            try json.member("thread", place.thread)
        }
    }
}

extension PrettyJSON {
    /// A trace a finding was seen in, under the keys of TraceSource, sorted; absent facts are null.
    init(_ source: TraceSource) {
        self = .members([("host", .init(source.host)), ("job", .init(source.job)), ("python", .init(source.python)),
                         ("trace", .string(source.trace))])
    }
}
