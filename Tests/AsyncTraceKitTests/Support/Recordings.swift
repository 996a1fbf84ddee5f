import AsyncTraceKit
import Foundation

/// Traces of the example programs, each recorded once per test process with the real `asynctrace record`
/// and python3, however many tests ask for it.
enum Recordings {
    private final class Entry: @unchecked Sendable {
        let lock = NSLock()
        var trace: Result<String, any Error>?
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var entries: [String: Entry] = [:]

    /// The trace of `examples/<example>`, recording it on first use.
    static func trace(of example: String) throws -> String {
        let entry = lock.withLock {
            if let entry = entries[example] { return entry }
            let entry = Entry()
            entries[example] = entry
            return entry
        }
        // Only callers of the same example wait for each other.
        return try entry.lock.withLock {
            if entry.trace == nil { entry.trace = Result { try record(example) } }
            return try entry.trace!.get()
        }
    }

    private static func record(_ example: String) throws -> String {
        let trace = Checkout.scratchFile(example.replacingOccurrences(of: ".py", with: ".db"))
        let result = try asynctrace("record", "-o", trace, "--", "python3", Checkout.example(example))
        guard result.stderr.contains("trace written to") else {
            throw RecordingFailed(example: example, stderr: result.stderr)
        }
        return trace
    }

    /// The findings `asynctrace analyze --format json` reports for `trace`, run from the checkout.
    static func findings(in trace: String, rules: [String] = []) throws -> [Finding] {
        let result = try asynctrace(["analyze", trace, "--format", "json"] + rules.flatMap { ["--rule", $0] })
        guard result.status == 0 || result.status == 1 else {
            throw RecordingFailed(example: trace, stderr: result.stderr)
        }
        return try JSONDecoder().decode([Finding].self, from: Data(result.stdout.utf8))
    }
}

struct RecordingFailed: Error, CustomStringConvertible {
    var example: String
    var stderr: String
    var description: String { "recording or analysing \(example) failed: \(stderr)" }
}
