/// Findings for programs: a JSON array of objects with the same keys each (absent facts are null), in a
/// stable (sorted) order, laid out as Finding's Encodable conformance and JSONEncoder would write them.
public enum JSONRenderer {
    public static func render(_ findings: some Sequence<Finding>, to output: OutputFile) throws {
        try PrettyJSON.elements(AnySequence(findings.lazy.map(PrettyJSON.init))).write(to: output)
        try output.write("\n")
    }
}

extension PrettyJSON {
    /// A finding under the keys of Finding.CodingKeys, sorted.
    init(_ finding: Finding) {
        self = .members([
            ("detail", .init(finding.detail)), ("file", .init(finding.file)), ("function", .init(finding.function)),
            ("line", .init(finding.line)), ("loop", .init(finding.loop)), ("message", .string(finding.message)),
            ("object", .init(finding.object)),
            ("pid", .init(finding.pid)), ("related", .array(finding.related.map(PrettyJSON.init))),
            ("rule", .string(finding.rule)),
            ("severity", .string(finding.severity.rawValue)), ("stack", .array(finding.stack.map(PrettyJSON.string))),
            ("task", .init(finding.task)), ("test", .init(finding.test)), ("thread", .init(finding.thread)),
            ("timestamp_ns", .init(finding.timestampNs)), ("traces", .array(finding.traces.map(PrettyJSON.init))),
        ])
    }

    /// A trace a finding was seen in, under the keys of TraceSource, sorted; absent facts are null.
    init(_ source: TraceSource) {
        self = .members([("host", .init(source.host)), ("job", .init(source.job)), ("python", .init(source.python)),
                         ("trace", .string(source.trace))])
    }

    /// A related place under the keys of RelatedLocation, sorted; absent facts are null.
    init(_ place: RelatedLocation) {
        self = .members([
            ("file", .init(place.file)), ("function", .init(place.function)), ("line", .init(place.line)),
            ("loop", .init(place.loop)), ("role", .string(place.role)), ("task", .init(place.task)),
            ("test", .init(place.test)), ("thread", .init(place.thread)),
        ])
    }
}
