import ArgumentParser
import AsyncTraceKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report of a trace.",
        discussion: """
            One HTML file that needs no network: the findings (filter by rule, test and file), which test \
            leaked what, a timeline with a bar per task (drag to pan, Ctrl+wheel to zoom) and, for each task, \
            where it was created, its parents, who cancelled it and how it ended. Open it in any browser.

            Example: asynctrace report trace.db -o report.html
            """)

    @OptionGroup var trace: TraceOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var root: RootOptions

    func run() throws {
        let progress = Progress()
        defer { progress.finish() }
        let (opened, facts) = try trace.readAll(showing: progress)
        let projectRoot = root.projectRoot
        // Several traces read as one name, for each finding, the one it came from.
        let findings = try opened.trace.withSources(root.findings(in: facts, relativeTo: projectRoot))
        progress.stage("writing the report")
        let file = try output.open(reading: opened)
        try HTMLReport.render(facts, findings: findings, gaps: opened.trace.gaps, title: opened.name, root: projectRoot,
                              to: file)
        try file.flush()
    }
}
