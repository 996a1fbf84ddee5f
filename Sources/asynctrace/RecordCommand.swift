import ArgumentParser
import AsyncTraceKit
import Foundation

enum RecordError: Error, CustomStringConvertible {
    case recorderMissing(String)
    case cannotRun(String)
    case cannotReplace(String)

    var description: String {
        switch self {
        case .recorderMissing(let message), .cannotRun(let message), .cannotReplace(let message): message
        }
    }
}

struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Run a command with the asyncio recorder active and write a trace.",
        discussion: """
            Runs COMMAND directly (no shell; the program is looked up on PATH) with the Python recorder from \
            this asynctrace's source tree on PYTHONPATH, so no pip install is needed. Every Python process it \
            starts, children included, writes to the same trace. An existing trace at the output path is \
            replaced; any other file is not, nor a trace another recording is writing now. Afterwards one line \
            on stderr says where the trace is and what it holds.

            A program that hangs: the recorder notes what each task waits on when a loop makes no progress for \
            ASYNCTRACE_HANG_MS (default 2000) and when the program gets SIGTERM, SIGINT or SIGALRM; a SIGTERM \
            sent to this command is passed on to COMMAND. `analyze` then reports deadlocks and stalled awaits.

            Exit status: the command's own (128 + N if signal N killed it); 127 if COMMAND is not found; 2 if \
            the recording cannot start (the command does not run).

            Example: asynctrace record -o trace.db -- python3 -m pytest tests/
            """)

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the trace.", valueName: "trace"))
    var output = "asynctrace-trace.db"

    @Option(help: ArgumentHelp(
        "lean: count the tasks that ended with a result, uncancelled and named by nothing, instead of storing "
            + "them (for always-on use in CI). Default: $ASYNCTRACE_LEVEL, else full.", valueName: "level"))
    var level: RecordingLevel?

    // After `--` only, so that options of the command (python3 -m, -c, ...) are never taken for ours.
    @Argument(parsing: .postTerminator, help: ArgumentHelp(
        "The command to run and its arguments, after '--'.", valueName: "command"))
    var commandLine: [String] = []

    func validate() throws {
        if commandLine.isEmpty {
            throw ValidationError("missing command after '--': asynctrace record [-o TRACE] -- COMMAND [ARGS...]")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let executable = ChildProcess.resolve(commandLine[0], path: environment["PATH"]) else {
            printError("command not found: \(commandLine[0])")
            throw ExitCode(127)
        }
        let recorder = try SourceCheckout.recorder()
        let trace = URL(fileURLWithPath: output).standardizedFileURL.path
        // The lock's descriptor stays open until this process exits: closing it while SQLite reads the trace
        // here (the summary) would drop SQLite's own fcntl locks of this process.
        _ = try startNewTrace(at: trace)

        let childEnvironment = try Self.recordingEnvironment(trace: trace, level: level, recorder: recorder,
                                                             environment: environment)
        let status = try ChildProcess.run(executable, arguments: commandLine, environment: childEnvironment)
        printNote(summary())
        throw ExitCode(status)
    }

    /// `environment` with what makes every Python process record into `trace` (at `level`), as the recorder
    /// itself says (`python3 -m asynctrace env [--level L] TRACE`, with the recorder from `recorder` imported):
    /// how it is switched on (a sitecustomize, the pytest plugin) is the recorder's business.
    /// $ASYNCTRACE_PYTHON names another interpreter for that question.
    static func recordingEnvironment(trace: String, level: RecordingLevel? = nil, recorder: String,
                                     environment: [String: String]) throws
        -> [String: String] {
        let name = environment["ASYNCTRACE_PYTHON"].flatMap { $0.isEmpty ? nil : $0 } ?? "python3"
        guard let python = ChildProcess.resolve(name, path: environment["PATH"]) else {
            throw RecordError.cannotRun("cannot start the recorder: \(name) is not on PATH (set ASYNCTRACE_PYTHON)")
        }
        var askEnvironment = environment
        askEnvironment["ASYNCTRACE_DB"] = nil  // the question itself records nothing
        // The recorder's folder goes on sys.path for the question only, not on the PYTHONPATH the answer
        // builds on: from a pip install it is a whole site-packages, which the program must not see.
        let ask = "import sys; sys.path.insert(0, sys.argv.pop(1)); from asynctrace.__main__ import main; main()"
        let levelArguments = level.map { ["--level", $0.rawValue] } ?? []
        let output = try ChildProcess.output(python, arguments: [python, "-c", ask, recorder, "env"] + levelArguments
                                                 + [trace], environment: askEnvironment)
        guard let variables = try? JSONDecoder().decode([String: String].self, from: Data(output.utf8)) else {
            throw RecordError.cannotRun("cannot start the recorder: \(python)'s asynctrace env printed "
                + "\(output.prefix(200).debugDescription)")
        }
        return environment.merging(variables) { $1 }
    }

    /// An empty file at `path` for the new trace, created exclusively, replacing only a trace of ours that
    /// no other recording holds (and the files SQLite keeps beside it, so that nothing old is mixed in). The
    /// returned descriptor holds an advisory flock that marks the trace as being recorded; SQLite's own locks
    /// (fcntl) are independent of it. `python -m asynctrace run` and pytest do the same in the recorder.
    func startNewTrace(at path: String) throws -> Int32 {
        for attempt in 0..<2 {
            let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 {
                // Until the lock, another recording's start may take the empty file for an old one and
                // replace it: the path must still name this file once it is locked.
                var opened = stat(), named = stat()
                if flock(descriptor, LOCK_EX | LOCK_NB) == 0, fstat(descriptor, &opened) == 0, stat(path, &named) == 0,
                   opened.st_dev == named.st_dev, opened.st_ino == named.st_ino {
                    return descriptor
                }
                close(descriptor)  // another recording's start took it first
                break
            }
            guard errno == EEXIST else {
                throw RecordError.cannotReplace("cannot write the trace \(output): \(String(cString: strerror(errno)))")
            }
            if attempt == 0 { try removeOldTrace(at: path) }  // else another recording made it meanwhile
        }
        throw RecordError.cannotReplace("\(output) is being recorded by another process right now")
    }

    private func removeOldTrace(at path: String) throws {
        let old = open(path, O_RDONLY | O_CLOEXEC)
        guard old >= 0 else {
            throw RecordError.cannotReplace("cannot replace \(output): \(String(cString: strerror(errno)))")
        }
        defer { close(old) }
        guard flock(old, LOCK_EX | LOCK_NB) == 0 else {
            throw RecordError.cannotReplace("\(output) is being recorded by another process right now")
        }
        guard TraceFile.holdsATraceOrNothing(path) else {
            throw RecordError.cannotReplace("\(output) is not an asynctrace trace: not replacing it")
        }
        for file in [path + "-wal", path + "-shm", path + "-journal", path] where unlink(file) != 0 && errno != ENOENT {
            throw RecordError.cannotReplace("cannot replace \(file): \(String(cString: strerror(errno)))")
        }
    }

    /// One line: where the trace is and what it holds, or why there is none.
    func summary() -> String {
        // The file made for the trace stays empty when no traced Python process wrote to it.
        let written = ((try? FileManager.default.attributesOfItem(atPath: output))?[.size] as? Int ?? 0) > 0
        guard written else {
            unlink(output)
            return "no trace was written to \(output) (the command ran no traced Python process)"
        }
        do {
            let trace = try Trace(path: output)
            for warning in trace.gaps.flatMap(\.warnings) { printWarning(warning) }
            let counts = try trace.counts()
            let findings = Rule.findings(in: try trace.findingFacts()).count
            func count(_ number: Int, _ one: String, _ many: String) -> String {
                "\(number) \(number == 1 ? one : many)"
            }
            let counted = try trace.countedTasks()
            return "trace written to \(output): \(count(counts.processes, "process", "processes")), "
                + "\(count(counts.tasks, "task", "tasks"))"
                + (counted > 0 ? " (and \(counted) counted, not stored: lean level)" : "")
                + ", \(count(counts.events, "event", "events")), "
                + count(findings, "finding", "findings")
                + (findings > 0 || !trace.gaps.isEmpty ? " (see: asynctrace analyze \(output))" : "")
        } catch {
            return "the trace at \(output) cannot be read: \(error)"
        }
    }
}
