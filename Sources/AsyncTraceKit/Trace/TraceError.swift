/// Why a file could not be read as a trace. Each case prints as one line a person can act on.
public enum TraceError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case isDirectory(path: String)
    case permissionDenied(path: String)
    case notSQLite(path: String, reason: String)
    case notATrace(path: String, reason: String)
    /// A trace copied without its -wal file, which held every row.
    case dataInMissingWAL(path: String)
    case unsupportedVersion(path: String, version: Int64)
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            "no such file: \(path)"
        case .isDirectory(let path):
            "\(path) is a directory, not a trace file"
        case .permissionDenied(let path):
            "permission denied: cannot read \(path)"
        case .notSQLite(let path, let reason):
            "\(path) is not an asynctrace trace: \(reason)"
        case .notATrace(let path, let reason):
            "\(path) is a SQLite database but not an asynctrace trace (\(reason))"
        case .dataInMissingWAL(let path):
            "\(path) has no data of its own: a recording keeps its data in the -wal file (\(path)-wal) until it "
                + "closes the trace, and that file is missing (copied without it, while recording or after a crash); "
                + "copy the trace with its -wal file, or once the recording has ended"
        case .unsupportedVersion(let path, let version):
            "\(path) has unsupported trace schema version \(version); this asynctrace reads version \(Trace.supportedVersion)"
        case .unreadable(let path, let reason):
            "cannot read \(path): the trace is corrupt or unreadable (\(reason))"
        }
    }
}

extension String {
    /// SQLite and OS messages can span lines; an error report stays on one.
    var singleLine: String {
        split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
