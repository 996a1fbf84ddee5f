import ArgumentParser
import AsyncTraceKit
import Foundation

struct AsyncTrace: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "asynctrace",
        abstract: "Find asyncio lifecycle bugs in Python programs.",
        discussion: """
            Record a Python program with 'asynctrace record', then read the trace with 'asynctrace analyze'. \
            Findings name the rule, the file and line to blame, the task or coroutine, and the pytest test that \
            was running. 'asynctrace rules' lists what is checked.
            """,
        subcommands: [RecordCommand.self, AnalyzeCommand.self, BaselineCommand.self, DiffCommand.self, CombineCommand.self,
                      ReportCommand.self,
                      SummaryCommand.self,
                      TasksCommand.self, ExportCommand.self, RulesCommand.self])
}

/// The warnings of the trace a command reads, written when it ends with a result (exit 0, 1 or 3): a command
/// that fails instead says only its one error line.
enum TraceWarnings {
    nonisolated(unsafe) static var pending: [String] = []

    static func write() {
        for warning in pending { printWarning(warning) }
        pending = []
    }
}

/// Writes `asynctrace: error: <message>` to stderr, on one line, terminal-safe.
func printError(_ message: String) {
    printLine("asynctrace: error: ", message)
}

/// Writes `asynctrace: warning: <message>` to stderr, on one line, terminal-safe.
func printWarning(_ message: String) {
    printLine("asynctrace: warning: ", message)
}

/// Writes `asynctrace: <message>` to stderr, terminal-safe.
func printNote(_ message: String) {
    FileHandle.standardError.write(Data("asynctrace: \(message.terminalSafe)\n".utf8))
}

private func printLine(_ prefix: String, _ message: String) {
    let line = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        .joined(separator: " ")
    // A trace's text (a failed hook's exception, say) reaches these messages.
    FileHandle.standardError.write(Data((prefix + line.terminalSafe + "\n").utf8))
}
