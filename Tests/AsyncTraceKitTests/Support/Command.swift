import Foundation

/// What a finished command printed and returned.
struct CommandResult {
    var status: Int32
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
/// neither stream can fill a pipe and block.
func runCommand(_ executable: String, _ arguments: [String], in directory: String,
                environment: [String: String] = [:]) throws -> CommandResult {
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
    try process.run()
    process.waitUntilExit()
    return CommandResult(status: process.terminationStatus,
                         stdout: try String(contentsOfFile: out, encoding: .utf8),
                         stderr: try String(contentsOfFile: err, encoding: .utf8))
}
