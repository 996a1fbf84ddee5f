import AsyncTraceKit
import Foundation

/// What a finished command printed and returned.
struct CommandResult {
    var status: Int32
    /// The signal that ended it, if one did.
    var signal: Int32?
    /// Whether it was stopped for running past its time limit.
    var timedOut = false
    var stdout: String
    var stderr: String

    var stderrLines: [Substring] { stderr.split(separator: "\n") }
}

/// Runs the asynctrace binary with `arguments` in `directory` (the checkout by default).
func asynctrace(_ arguments: String..., in directory: String = Checkout.root) throws -> CommandResult {
    try runCommand(Checkout.binary, arguments, in: directory)
}

func asynctrace(_ arguments: [String], in directory: String = Checkout.root,
                environment: [String: String] = [:]) throws -> CommandResult {
    try runCommand(Checkout.binary, arguments, in: directory, environment: environment)
}

/// Runs a program to completion, with `environment` added to this process's; output goes through files, so
/// neither stream can fill a pipe and block. A program still running after `timeout` seconds is killed.
func runCommand(_ executable: String, _ arguments: [String], in directory: String,
                environment: [String: String] = [:], timeout: Double? = nil) throws -> CommandResult {
    let out = Checkout.scratchFile("stdout"), err = Checkout.scratchFile("stderr")
    guard FileManager.default.createFile(atPath: out, contents: nil),
          FileManager.default.createFile(atPath: err, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
    defer {
        try? FileManager.default.removeItem(atPath: out)
        try? FileManager.default.removeItem(atPath: err)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    var timedOut = false
    if let timeout, finished.wait(timeout: .now() + timeout) == .timedOut {
        timedOut = true
        kill(process.processIdentifier, SIGKILL)
    }
    process.waitUntilExit()
    // Output that is not UTF-8 is a failure to report, not a reason to throw.
    let text = { (path: String) in String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self) }
    return CommandResult(status: process.terminationStatus,
                         signal: process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil,
                         timedOut: timedOut, stdout: try text(out), stderr: try text(err))
}

extension CommandResult {
    /// How this result breaks the promise asynctrace makes for any input, or nil if it keeps it: exit status 0
    /// or 1 with nothing on stderr but warnings, 3 with at least one warning (an incomplete trace), or 2 with
    /// exactly one error line; never a signal, a stack dump or a hang.
    var brokenPromise: String? {
        if timedOut { return "still running at the time limit" }
        if let signal { return "killed by signal \(signal): \(stderr.prefix(500))" }
        let onlyWarnings = stderrLines.allSatisfy { $0.hasPrefix("asynctrace: warning: ") }
        switch status {
        case 0, 1: return onlyWarnings ? nil : "exit \(status) with stderr \(stderr.prefix(500).debugDescription)"
        case 3:
            return onlyWarnings && !stderrLines.isEmpty ? nil : "exit 3 with stderr \(stderr.prefix(500).debugDescription)"
        case 2:
            return stderrLines.count == 1 && stderr.hasPrefix("asynctrace: error: ") && stderr.hasSuffix("\n")
                ? nil : "exit 2 with stderr \(stderr.prefix(500).debugDescription)"
        default: return "exit \(status): \(stderr.prefix(500))"
        }
    }
}

/// Every way of running asynctrace on a trace: each command that reads one, in each of its formats, with
/// TRACE standing for the trace.
let traceReaders: [[String]] = [
    ["analyze", "TRACE"], ["analyze", "TRACE", "--format", "json"], ["analyze", "TRACE", "--format", "csv"],
    ["analyze", "TRACE", "--format", "sarif"], ["analyze", "TRACE", "--format", "junit"],
    ["export", "TRACE", "--format", "perfetto"], ["report", "TRACE"], ["summary", "TRACE"],
    ["summary", "TRACE", "--format", "json"], ["tasks", "TRACE"], ["tasks", "TRACE", "--format", "csv"],
    ["tasks", "TRACE", "--format", "json"],
] + Trace.Table.allCases.map(\.rawValue).map {
    ["export", "TRACE", "--table", $0]
}

/// Runs `reader` (from `traceReaders`) on `trace`, killed after 60 seconds.
func read(_ trace: String, with reader: [String]) throws -> CommandResult {
    try runCommand(Checkout.binary, reader.map { $0 == "TRACE" ? trace : $0 }, in: Checkout.root, timeout: 60)
}
