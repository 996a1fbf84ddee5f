import ArgumentParser
import AsyncTraceKit
import Foundation

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare the findings of a pull request's traces with those of its base: new, fixed, still present.",
        discussion: """
            Gates a pull request without a committed baseline: keep the base branch's trace (an artifact of its \
            last CI run, say) and diff each pull request's against it. BASE and HEAD are each a trace, a directory \
            of traces or a quoted pattern ('shards/*.db'). Findings are matched as 'asynctrace baseline' matches \
            them: by rule, file, function and the task's coroutine, never by line.

            Exit status: 0 nothing new, 1 findings new in HEAD, 2 usage or input error, 3 nothing new but a HEAD \
            trace is incomplete.
            """)

    @Argument(help: ArgumentHelp("The traces of the base: a trace, a directory of traces or a quoted pattern.",
                                 valueName: "base"))
    var base: String

    @Argument(help: ArgumentHelp("The traces of the change, given as BASE is.", valueName: "head"))
    var head: String

    @Option(help: "Output format: text for people, json for programs ({\"new\", \"fixed\", \"present\"}).")
    var format = SummaryFormat.text

    @OptionGroup var output: OutputOptions
    @OptionGroup var root: RootOptions

    func run() throws {
        let projectRoot = root.projectRoot
        func findings(_ path: String) throws -> (TraceRun, [Finding]) {
            let run = try TraceRun(paths: [path])
            return (run, try run.findings { trace in
                root.findings(in: try trace.findingFacts(), relativeTo: projectRoot)
            })
        }
        let (baseRun, before) = try findings(base)
        let (headRun, after) = try findings(head)
        let diff = FindingDiff(base: before, head: after)
        let file = try output.open(reading: baseRun.traces + headRun.traces)
        switch format {
        case .text: try file.write(TextRenderer.render(diff, base: base, head: head))
        case .json: try JSONRenderer.render(diff, to: file)
        }
        try file.flush()
        if !diff.new.isEmpty { throw ExitCode(1) }
        if !headRun.gaps.isEmpty { throw ExitCode(3) }
    }
}
