import CSV
import Foundation

/// Writes rows as RFC 4180 CSV (CRLF line ends, quoting by CSV.swift) and neutralises formula injection:
/// a cell starting with = + - @ tab or CR gets a leading single quote so that no spreadsheet evaluates it.
public final class CSVTable {
    /// CSVWriter writes to its stream one byte per call, so rows go to memory in batches and then to the
    /// output in one piece. Every row, the last one too, ends with CRLF.
    private static let batchSize = 1024

    private let output: OutputFile
    private var stream = OutputStream(toMemory: ())
    private var writer: CSVWriter
    private var rowsInBatch = 0

    public init(output: OutputFile, header: [String]) throws {
        self.output = output
        writer = try CSVWriter(stream: stream, newline: .crlf)
        try write(header)
    }

    public func write(_ row: [String]) throws {
        try writer.write(row: row.map(Self.neutralised))
        rowsInBatch += 1
        if rowsInBatch == Self.batchSize { try flush() }
    }

    /// Hands the rows written so far to the output.
    public func flush() throws {
        guard rowsInBatch > 0 else { return }
        let bytes = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        try output.write(bytes)
        try output.write("\r\n")
        stream = OutputStream(toMemory: ())
        writer = try CSVWriter(stream: stream, newline: .crlf)
        rowsInBatch = 0
    }

    static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        return "'" + cell
    }
}

/// The findings as CSV, one row each, with the JSON renderer's keys as the header.
public enum CSVRenderer {
    public static let header = ["rule", "severity", "message", "file", "line", "function", "object", "test", "pid",
                                "loop", "thread", "task", "timestamp_ns", "stack"]

    public static func render(_ findings: [Finding], to output: OutputFile) throws {
        let table = try CSVTable(output: output, header: header)
        for finding in findings {
            let number = { (value: Int64?) in value.map(String.init) ?? "" }
            try table.write([
                finding.rule, finding.severity.rawValue, finding.message, finding.file ?? "", number(finding.line),
                finding.function ?? "", finding.object ?? "", finding.test ?? "", number(finding.pid),
                number(finding.loop), finding.thread ?? "", number(finding.task), number(finding.timestampNs),
                finding.stack.joined(separator: "\n"),
            ])
        }
        try table.flush()
    }
}
