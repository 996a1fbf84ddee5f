import AsyncTraceKit
import Foundation
import Testing

/// `asynctrace record` replaces a trace of ours or nothing: any other file, a trace another recording is
/// writing now, or a place it cannot write is refused in one line, with exit status 2, before the command runs.
@Suite struct TraceFileSafetyTests {
    /// The command a refused recording must not run: it would leave this marker.
    static func marking(_ marker: String) -> [String] {
        ["--", "python3", "-c", "open(\(marker.debugDescription), 'w').close()"]
    }

    static func contents(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }

    @Test func aFileThatIsNotATraceIsNeverReplaced() throws {
        let notes = Checkout.scratchFile("notes.txt")
        try "what the user wrote\n".write(toFile: notes, atomically: false, encoding: .utf8)
        let marker = Checkout.scratchFile("ran")
        let result = try asynctrace(["record", "-o", notes] + Self.marking(marker))
        #expect(result.status == 2)
        #expect(result.stderr == "asynctrace: error: \(notes) is not an asynctrace trace: not replacing it\n")
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "what the user wrote\n")
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test func anApplicationsSQLiteDatabaseIsNeverReplaced() throws {
        let database = Checkout.scratchFile("app.db")
        let made = try runCommand("/usr/bin/env", ["python3", "-c", """
            import sqlite3, sys
            conn = sqlite3.connect(sys.argv[1])
            conn.executescript("CREATE TABLE meta (key, value); CREATE TABLE orders (item); PRAGMA user_version = 3")
            conn.close()
            """, database], in: Checkout.root)
        #expect(made.status == 0)
        let before = Self.contents(database)
        let result = try asynctrace(["record", "-o", database] + Self.marking(Checkout.scratchFile("ran")))
        #expect(result.status == 2 && result.stderrLines.count == 1)
        #expect(Self.contents(database) == before)
        #expect(!FileManager.default.fileExists(atPath: database + "-wal"))
    }

    @Test func aPlaceItCannotWriteIsRefusedBeforeTheCommandRuns() throws {
        let marker = Checkout.scratchFile("ran")
        let result = try asynctrace(["record", "-o", "/sys/trace.db"] + Self.marking(marker))
        #expect(result.status == 2)
        #expect(result.stderr == "asynctrace: error: cannot write the trace /sys/trace.db: Permission denied\n")
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test func aTraceBeingRecordedIsNotReplacedByASecondRecording() throws {
        let trace = Checkout.scratchFile("live.db")
        let started = Checkout.scratchFile("started"), go = Checkout.scratchFile("go")
        let first = Process()
        first.executableURL = URL(fileURLWithPath: Checkout.binary)
        first.arguments = ["record", "-o", trace, "--", "python3", "-c", """
            import os, time
            async def forgotten(): pass
            forgotten()
            open(\(started.debugDescription), 'w').close()
            while not os.path.exists(\(go.debugDescription)):
                time.sleep(0.01)
            """]
        first.standardOutput = FileHandle.nullDevice
        first.standardError = FileHandle.nullDevice
        try first.run()
        defer { first.waitUntilExit() }
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: started) && Date() < deadline { usleep(10_000) }

        let marker = Checkout.scratchFile("ran")
        let second = try asynctrace(["record", "-o", trace] + Self.marking(marker))
        FileManager.default.createFile(atPath: go, contents: nil)
        first.waitUntilExit()
        #expect(second.status == 2)
        #expect(second.stderr == "asynctrace: error: \(trace) is being recorded by another process right now\n")
        #expect(!FileManager.default.fileExists(atPath: marker))
        #expect(first.terminationStatus == 0)
        let findings = try asynctrace("analyze", trace, "--format", "csv")
        #expect(findings.status == 1 && findings.stdout.contains("leaked-coroutine"))
    }

    @Test func theApplicationIDIsTheSchemasOwn() throws {
        let schema = try String(contentsOfFile: "\(Checkout.root)/schema/trace.sql", encoding: .utf8)
        #expect(schema.contains("\nPRAGMA application_id = \(TraceFile.applicationID);\n"))
    }
}
