import ArgumentParser
import AsyncTraceKit
import Foundation

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Write the findings of one or more traces to a baseline file, to fail later runs only on new findings.",
        discussion: """
            Adopting asynctrace on a large suite: record it once, write its findings as the baseline, commit \
            the file, and gate with 'asynctrace analyze TRACE --baseline FILE' (or pytest's \
            --asynctrace-baseline=FILE). Findings are matched by rule, file, function and the task's coroutine, \
            never by line. Paths are relative to --root (default: the current directory).

            Example: asynctrace baseline trace.db -o asynctrace-baseline.json
            """)

    @OptionGroup var traces: TracesOptions

    @OptionGroup var output: OutputOptions
    @OptionGroup var root: RootOptions

    func validate() throws {
        if output.output == nil { throw ValidationError("missing -o FILE: where to write the baseline") }
    }

    func run() throws {
        let run = try traces.open()
        let projectRoot = root.projectRoot
        let findings = try run.findings { trace in
            root.findings(in: try trace.findingFacts(), relativeTo: projectRoot)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let file = try output.open(reading: run.traces)
        try file.write(String(decoding: try encoder.encode(Baseline(findings)), as: UTF8.self) + "\n")
        try file.flush()
        printNote("\(findings.count) finding\(findings.count == 1 ? "" : "s") written to the baseline \(output.output ?? "")")
    }
}
