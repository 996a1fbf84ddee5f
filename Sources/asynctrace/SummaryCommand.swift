import ArgumentParser
import AsyncTraceKit
import Foundation

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print what a trace holds: processes, loops, tasks, tests, findings.",
        discussion: """
            Processes and their command lines, loops by class, tasks by outcome (pending, cancelled, failed, \
            done), never-awaited coroutines, tests by pytest outcome, findings per rule, the longest-running \
            tasks and the time the trace spans.
            """)

    @OptionGroup var trace: TraceOptions

    @Option(help: "Output format.")
    var format = SummaryFormat.text

    @OptionGroup var output: OutputOptions
    @OptionGroup var root: RootOptions

    func run() throws {
        let progress = Progress()
        defer { progress.finish() }
        let (opened, facts) = try trace.readAll(showing: progress)
        let summary = TraceSummary(facts, findings: Rule.findings(in: facts, ownership: root.codeOwnership), gaps: opened.trace.gaps, root: root.projectRoot)
        progress.finish()
        let file = try output.open(reading: opened)
        switch format {
        case .text: try file.write(summary.text())
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try file.write(String(decoding: try encoder.encode(summary), as: UTF8.self) + "\n")
        }
        try file.flush()
    }
}
