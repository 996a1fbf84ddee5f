import ArgumentParser
import AsyncTraceKit
import Foundation

/// The trace file a command reads.
struct TraceOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The trace file written by 'asynctrace record'.", valueName: "trace"))
    var path: String

    /// Opens the trace; what its recorder did not see is said on stderr, one warning a line, once the
    /// command has done its work (see `TraceWarnings`).
    func open() throws -> Trace {
        let trace = try Trace(path: path)
        TraceWarnings.pending += trace.gaps.flatMap(\.warnings)
        return trace
    }

    /// Opens the trace and reads all of it, as the commands that show every task (report, summary, tasks) do.
    func readAll(showing progress: Progress) throws -> (Trace, Facts) {
        let trace = try open()
        return (trace, try trace.facts(progress: progress.update))
    }
}

/// Where a command writes its report.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("Write to FILE instead of standard output.",
                                                      valueName: "file"))
    var output: String?

    /// Opens the output, refusing to overwrite the trace being read.
    func open(reading trace: Trace) throws -> OutputFile {
        guard let output else { return .standardOutput() }
        var traceInfo = stat(), outputInfo = stat()
        if stat(trace.path, &traceInfo) == 0, stat(output, &outputInfo) == 0,
           traceInfo.st_dev == outputInfo.st_dev, traceInfo.st_ino == outputInfo.st_ino {
            throw ValidationError("refusing to overwrite the trace \(trace.path) with the report")
        }
        return try OutputFile.create(output)
    }
}

/// The project's directory: findings' paths are shown relative to it and, when given, only code under it
/// is the program's.
struct RootOptions: ParsableArguments {
    @Option(help: ArgumentHelp("""
        The project: show paths under DIR relative to it (default: the current directory) and, when given, \
        blame and count as the program's only code under it (default: all code outside the standard library \
        and site-packages).
        """, valueName: "dir"))
    var root: String?

    /// Worked out from the file system on each access: read it once per command, not once per finding.
    var projectRoot: ProjectRoot {
        ProjectRoot(Self.standardized(root ?? FileManager.default.currentDirectoryPath))
    }

    var codeOwnership: CodeOwnership { CodeOwnership(projectRoot: root.map(Self.standardized)) }

    private static func standardized(_ directory: String) -> String {
        URL(fileURLWithPath: directory).standardizedFileURL.path
    }
}

enum AnalyzeFormat: String, CaseIterable, ExpressibleByArgument {
    case text, csv, json, sarif, junit
}

enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case csv, perfetto
}

enum SummaryFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

enum TasksFormat: String, CaseIterable, ExpressibleByArgument {
    case text, csv, json
}

enum RulesFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown
}

extension Rule: ExpressibleByArgument {
    public init?(argument: String) {
        guard let rule = Rule.named(argument) else { return nil }
        self = rule
    }

    public static var allValueStrings: [String] { all.map(\.id) }
}

extension Trace.Table: ExpressibleByArgument {}

extension Facts.Task.State: ExpressibleByArgument {}
