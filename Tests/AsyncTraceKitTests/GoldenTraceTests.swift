import AsyncTraceKit
import Foundation
import GRDB
import Testing

/// The golden traces under schema/golden, one per schema version, each examples/all.py as the recorder of
/// that version wrote it: this analyzer reads its own version's and refuses older ones with one line.
@Suite struct GoldenTraceTests {
    static func golden(_ version: Int) throws -> String {
        let path = Checkout.scratchFile("golden-v\(version).db")
        let sql = try String(contentsOfFile: "\(Checkout.root)/schema/golden/v\(version).sql", encoding: .utf8)
        let database = try DatabaseQueue(path: path)
        try database.writeWithoutTransaction { try $0.execute(sql: sql) }
        try database.close()
        return path
    }

    @Test func theTraceOfThisVersionGivesEveryExamplesFinding() throws {
        let findings = try Recordings.findings(in: try Self.golden(Int(Trace.supportedVersion)))
        #expect(findings.map { "\($0.rule) \($0.function ?? "?"):\($0.line ?? 0)" }.sorted() == [
            "asyncgen-not-closed main:16", "blocking-callback main:18", "cancelled-unfinished <module>:12",
            "closed-loop-call close:11", "cross-loop-await main:15", "cross-thread-call produce:9", "deadlock transfer:12",
            "exception-never-retrieved main:11", "leaked-coroutine main:11", "pending-at-close <module>:11",
            "stalled-await next_job:24",
            "task-destroyed-pending main:12", "task-left-running main:12", "transport-left-open main:17",
        ])
    }

    /// The first version's, and the one before this version's.
    @Test(arguments: [1, Int(Trace.supportedVersion) - 1])
    func aTraceOfAnOlderVersionIsRefusedWithOneLine(_ version: Int) throws {
        let path = try Self.golden(version)
        let result = try asynctrace("analyze", path)
        #expect(result.status == 2)
        #expect(result.stderr == "asynctrace: error: \(path) has unsupported trace schema version \(version); "
            + "this asynctrace reads version \(Trace.supportedVersion)\n")
    }
}
