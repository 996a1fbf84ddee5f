import ArgumentParser
import AsyncTraceKit
import Foundation

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Report the asyncio lifecycle bugs recorded in one or more traces.",
        discussion: """
            Reads the traces without modifying them and checks every rule (or those given with --rule). File \
            paths under the current directory (or --root) are shown relative to it. Several traces (CI shards, \
            a rerun, a matrix of Pythons) are read as one run: a finding seen in several counts once, naming \
            each trace it was seen in. JSON and CSV of several traces come trace after trace (each in the \
            order of one trace), written as they are read; the other formats sort them as one trace's.

            Exit status: 0 no findings, 1 findings, 2 usage or input error, 3 no findings but a trace is \
            incomplete (the recording stopped, or a hook did not install: a warning on stderr says what is \
            missing).
            """)

    @OptionGroup var traces: TracesOptions

    @Option(help: """
        Output format: text for people (identical findings, same rule, file, line and message, once with \
        their count); csv or json for programs (one record per finding); sarif (2.1.0) for code scanning; junit \
        (one testcase per recorded pytest test, failed by its findings) for CI dashboards.
        """)
    var format = AnalyzeFormat.text

    @OptionGroup var output: OutputOptions
    @OptionGroup var root: RootOptions

    @Option(help: ArgumentHelp("""
        Report only findings that are not in this baseline file ('asynctrace baseline'); the exit status \
        counts only those.
        """, valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("rule"), help: ArgumentHelp(
        "Check only this rule; repeat for more. 'asynctrace rules' lists them.", valueName: "id"))
    var rules: [Rule] = []

    @Option(name: .customLong("slow-ms"), help: ArgumentHelp("""
        Report only blocks of the event loop of at least MS milliseconds (blocking-callback; the recorder \
        reports from its own threshold up, ASYNCTRACE_SLOW_MS, default 100).
        """, valueName: "ms"))
    var slowMs: Int64 = 0

    func run() throws {
        let progress = Progress()
        defer { progress.finish() }
        let run = try traces.open()
        let selected = rules.isEmpty ? Rule.all : Rule.all.filter { rule in rules.contains { $0.id == rule.id } }
        let projectRoot = root.projectRoot
        func ruleFindings(in facts: Facts) -> [Finding] {
            Rule.findings(in: facts, rules: selected, ownership: root.codeOwnership, slowCallbackMs: slowMs)
                .map { $0.relativized(to: projectRoot) }
        }
        // Several traces for a machine: written as they come, trace after trace, so that memory is bounded by
        // the largest trace, not by all the findings (see SpilledFindings).
        if run.traces.count > 1, baseline == nil, format == .json || format == .csv {
            let spilled = try SpilledFindings()
            for trace in run.traces {
                defer { trace.releaseMemory() }
                try spilled.add(try trace.withSources(ruleFindings(in: try trace.findingFacts(progress: progress.update))))
            }
            progress.finish()
            try Self.noteCountedTasks(in: run.traces)
            let file = try output.open(reading: run.traces)
            if format == .json { try JSONRenderer.render(spilled, to: file) } else { try CSVRenderer.render(spilled, to: file) }
            try file.flush()
            return try Self.exit(foundAny: spilled.count > 0, gaps: run.gaps, rules: selected)
        }
        var tests: [Facts.Test] = [], pids: [Int64: Int64] = [:]
        var findings = try run.findings { trace in
            let facts = try trace.findingFacts(allTests: format == .junit, progress: progress.update)
            // Process ids are a trace's own: those of a later trace are set apart for the JUnit report.
            let offset = pids.keys.max().map { $0 + 1 } ?? 0
            tests += facts.tests.sorted { $0.key < $1.key }.map { id, test in
                var test = test
                test.processID = test.processID.map { $0 + offset }
                return test
            }
            for (id, process) in facts.processes { pids[id + offset] = process.pid }
            return ruleFindings(in: facts)
        }
        if let baseline {
            let accepted: Baseline
            do {
                accepted = try JSONDecoder().decode(Baseline.self, from: Data(contentsOf: URL(fileURLWithPath: baseline)))
            } catch {
                throw ValidationError("cannot read the baseline \(baseline): \(error.localizedDescription)")
            }
            let (new, baselined) = accepted.filter(findings)
            findings = new
            printNote("\(baselined) finding\(baselined == 1 ? "" : "s") in the baseline \(baseline), not reported")
        }
        progress.finish()
        try Self.noteCountedTasks(in: run.traces)
        let file = try output.open(reading: run.traces)
        switch format {
        case .text: try file.write(TextRenderer.render(findings, gaps: run.gaps))
        case .json: try JSONRenderer.render(findings, to: file)
        case .csv: try CSVRenderer.render(findings, to: file)
        case .sarif:
            try SARIFRenderer.render(findings, rules: selected, gaps: run.gaps, root: projectRoot, to: file)
        case .junit:
            // In id order, so that tests that started in the same nanosecond keep one order.
            try file.write(JUnitRenderer.render(findings, tests: tests, pids: pids, gaps: run.gaps))
        }
        try file.flush()
        try Self.exit(foundAny: !findings.isEmpty, gaps: run.gaps, rules: selected)
    }

    /// A lean-level recording's tasks that were counted, not stored: no rule can have looked at them.
    static func noteCountedTasks(in traces: [Trace]) throws {
        let counted = try traces.reduce(0) { try $0 + $1.countedTasks() }
        if counted > 0 {
            printNote("\(counted) task\(counted == 1 ? "" : "s") that ended with a result, uncancelled and named by nothing, "
                      + "were counted, not stored (recorded at the lean level)")
        }
    }

    /// Exit 1 for findings; else 3 when a gap leaves one of `rules` blind; else 0.
    private static func exit(foundAny: Bool, gaps: [Gap], rules: [Rule]) throws {
        if foundAny { throw ExitCode(1) }
        if gaps.contains(where: { $0.blinds(any: rules) }) { throw ExitCode(3) }
    }
}
