import ArgumentParser
import AsyncTraceKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write one raw table of a trace as CSV.",
        discussion: """
            The CSV follows RFC 4180 (CRLF line ends, a header row). A cell that starts with = + - @ tab or \
            carriage return is prefixed with a single quote so that spreadsheets never run it as a formula. \
            schema/README.md describes every column.
            """)

    @OptionGroup var trace: TraceOptions

    @Option(help: "The table to export.")
    var table: Trace.Table

    @Option(help: "Output format.")
    var format = ExportFormat.csv

    @OptionGroup var output: OutputOptions

    func run() throws {
        let trace = try trace.open()
        let file = try output.open(reading: trace)
        var csv: CSVTable?
        try trace.export(table, header: { csv = try CSVTable(output: file, header: $0) }, row: { try csv?.write($0) })
        try csv?.flush()
        try file.flush()
    }
}
