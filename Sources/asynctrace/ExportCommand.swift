import ArgumentParser
import AsyncTraceKit
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write one raw table of a trace as CSV, or the whole trace for Perfetto.",
        discussion: """
            --format csv (with --table) writes one table as RFC 4180 CSV (CRLF line ends, a header row). A \
            cell that starts with = + - @ tab or carriage return is prefixed with a single quote so that \
            spreadsheets never run it as a formula. schema/README.md describes every column.

            --format perfetto writes Chrome trace-event JSON for ui.perfetto.dev or chrome://tracing: a \
            process per traced process, tracks per event loop, a slice per task, arrows from parent to child \
            and from canceller to cancelled, and a marker per finding.

            Example: asynctrace export trace.db --format perfetto -o trace.json
            """)

    @OptionGroup var trace: TraceOptions

    @Option(help: "The table to export (csv only).")
    var table: Trace.Table?

    @Option(help: "Output format.")
    var format = ExportFormat.csv

    @OptionGroup var output: OutputOptions
    @OptionGroup var root: RootOptions

    func validate() throws {
        switch format {
        case .csv where table == nil: throw ValidationError("--format csv needs --table NAME")
        case .perfetto where table != nil: throw ValidationError("--format perfetto exports the whole trace: drop --table")
        default: break
        }
    }

    func run() throws {
        let progress = Progress()
        defer { progress.finish() }
        let opened = try trace.open()
        let trace = opened.trace
        switch format {
        case .csv:
            let file = try output.open(reading: opened)
            var csv: CSVTable?
            try trace.export(table!, header: { csv = try CSVTable(output: file, header: $0) },
                             row: { try csv?.write($0) })
            try csv?.flush()
            try file.flush()
        case .perfetto:
            let facts = try trace.facts(progress: progress.update)
            let projectRoot = root.projectRoot
            let findings = root.findings(in: facts, relativeTo: projectRoot)
            progress.stage("writing the trace events")
            let file = try output.open(reading: opened)
            try ChromeTrace.render(facts, findings: findings, root: projectRoot, to: file)
            try file.flush()
        }
    }
}
