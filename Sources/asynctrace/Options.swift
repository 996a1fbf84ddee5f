import ArgumentParser
import AsyncTraceKit
import Foundation

/// The trace a command that shows one trace reads (report, summary, tasks, export): the one given, or several
/// (CI shards) combined first, as `asynctrace combine` would, into a temporary trace removed at exit.
struct TraceOptions: ParsableArguments {
    @OptionGroup var traces: TracesOptions

    /// Opens the trace; what its recorders did not see is said on stderr, one warning a line, once the
    /// command has done its work (see `TraceWarnings`).
    func open() throws -> OpenedTrace {
        let run = try traces.open()
        let names = run.traces.map(\.path)
        guard run.traces.count > 1 else { return OpenedTrace(trace: run.traces[0], name: names[0], files: names) }
        // A name no other file has: Trace.combine writes into a new file, never one found there.
        let combined = (NSTemporaryDirectory() as NSString).appendingPathComponent("asynctrace-\(UUID().uuidString).db")
        TemporaryFiles.removeAtExit(combined)
        _ = try Trace.combine(run.traces, into: combined)
        return OpenedTrace(trace: try Trace(path: combined), name: names.joined(separator: ", "), files: names)
    }

    /// Opens the trace and reads all of it, as the commands that show every task (report, summary, tasks) do.
    func readAll(showing progress: Progress) throws -> (OpenedTrace, Facts) {
        let opened = try open()
        return (opened, try opened.trace.facts(progress: progress.update))
    }
}

/// A trace a command reads, the name to call it by, and the files it was read from (never to be overwritten).
struct OpenedTrace {
    var trace: Trace
    var name: String
    var files: [String]
}

/// Files a command made for itself, removed when it exits however it exits (main.swift's exit calls).
enum TemporaryFiles {
    nonisolated(unsafe) private static var paths: [String] = []

    static func removeAtExit(_ path: String) {
        if paths.isEmpty { atexit { TemporaryFiles.paths.forEach { unlink($0) } } }
        paths += [path, path + "-journal"]
    }
}

/// The traces a command reads as one run: CI shards, a shard and its rerun, a matrix of Pythons.
struct TracesOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("""
        The trace files written by 'asynctrace record'. Several are read as one run; a directory stands for \
        the .db files in it, and a quoted pattern ('shards/*.db') for the files it matches.
        """, valueName: "trace"))
    var paths: [String] = []

    @Option(name: .customLong("expect-traces"), help: ArgumentHelp("""
        How many traces there must be (one per CI shard, say): any other number is an error (exit 2), so that \
        a shard whose trace never arrived cannot pass as clean.
        """, valueName: "n"))
    var expectTraces: Int?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("missing the trace to read") }
        if let expectTraces, expectTraces < 1 { throw ValidationError("--expect-traces must be at least 1") }
    }

    func open() throws -> TraceRun {
        try TraceRun(paths: paths, expecting: expectTraces)
    }

    static func expanded(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                let traces = names.filter { $0.hasSuffix(".db") }.sorted()
                guard !traces.isEmpty else { throw ValidationError("no trace (.db file) in the directory \(path)") }
                files += traces.map { path == "." ? $0 : (path as NSString).appendingPathComponent($0) }
            } else if !FileManager.default.fileExists(atPath: path), path.contains(where: { "*?[".contains($0) }) {
                let matches = matching(path)
                guard !matches.isEmpty else { throw ValidationError("no trace matches \(path)") }
                files += matches
            } else {
                files.append(path)  // a missing file is said by Trace, as for one trace
            }
        }
        var seen: Set<String> = []
        return files.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
    }

    /// The files a shell pattern matches, in name order.
    private static func matching(_ pattern: String) -> [String] {
        var found = glob_t()
        defer { globfree(&found) }
        guard glob(pattern, 0, nil, &found) == 0 else { return [] }
        return (0..<Int(found.gl_pathc)).compactMap { found.gl_pathv[$0].map { String(cString: $0) } }
    }
}

/// Traces read as one run, and what their recorders did not see.
struct TraceRun {
    var traces: [Trace]
    var gaps: [Gap]

    /// The traces named (see TracesOptions), opened, in the order given (a directory's and a pattern's in
    /// name order), each once; what their recorders did not see is said on stderr as with one trace, naming
    /// the trace when there are several.
    init(paths: [String], expecting expected: Int? = nil) throws {
        let files = try TracesOptions.expanded(paths)
        if let expected, files.count != expected {
            throw ValidationError("expected \(expected) trace\(expected == 1 ? "" : "s"), found \(files.count)"
                                  + (files.isEmpty ? "" : ": " + files.joined(separator: ", ")))
        }
        traces = try files.map { path throws(TraceError) in try Trace(path: path) }
        gaps = traces.count == 1 ? traces[0].gaps : traces.flatMap { trace in
            trace.gaps.map { gap in
                var gap = gap
                gap.trace = trace.path
                return gap
            }
        }
        TraceWarnings.pending += gaps.flatMap(\.warnings)
    }

    /// The findings of every trace, each with the traces that saw it, merged (see Finding.merging). One trace
    /// is read at a time: what stays in memory is its findings, sharing their strings, and SQLite's cache for
    /// it is given back before the next.
    func findings(_ read: (Trace) throws -> [Finding]) throws -> [Finding] {
        var interned = StringInterner()
        return try Finding.merging(traces.map { trace in
            defer { trace.releaseMemory() }
            let findings = try read(trace)
            return try trace.withSources(traces.count > 1 ? findings.map { interned($0) } : findings)
        })
    }
}

/// Where a command writes its report.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("Write to FILE instead of standard output.",
                                                      valueName: "file"))
    var output: String?

    /// Opens the output, refusing to overwrite a trace being read.
    func open(reading traces: [Trace]) throws -> OutputFile {
        try open(reading: traces.map(\.path))
    }

    func open(reading trace: OpenedTrace) throws -> OutputFile {
        try open(reading: trace.files)
    }

    func open(reading traces: [String]) throws -> OutputFile {
        guard let output else { return .standardOutput() }
        var traceInfo = stat(), outputInfo = stat()
        for trace in traces where stat(trace, &traceInfo) == 0 && stat(output, &outputInfo) == 0
            && traceInfo.st_dev == outputInfo.st_dev && traceInfo.st_ino == outputInfo.st_ino {
            throw ValidationError("refusing to overwrite the trace \(trace) with the report")
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

    /// Every rule's findings in `facts`, under this ownership, their paths shown relative to `projectRoot`
    /// (read once by the caller).
    func findings(in facts: Facts, relativeTo projectRoot: ProjectRoot) -> [Finding] {
        Rule.findings(in: facts, ownership: codeOwnership).map { $0.relativized(to: projectRoot) }
    }

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

/// The recorder's levels (ASYNCTRACE_LEVEL): every task stored, or the plain ones only counted.
enum RecordingLevel: String, CaseIterable, ExpressibleByArgument {
    case full, lean
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
