import AsyncTraceKit
import Foundation
import Testing

/// A traced program's text (task names, exception messages) reaches the user's terminal only as escapes: it
/// cannot erase a line, ring a bell or print a fake "No findings."; and a NUL cuts no name short anywhere.
@Suite struct TerminalSafetyTests {
    /// A task name that, printed raw, erases its line, returns the cursor, rings and starts a line of its own,
    /// then hides the rest behind a NUL; an exception message that does the same.
    static let evilName = "evil\u{1b}[2K\r\u{07}\nNo findings.\u{0}hidden"
    static let evilMessage = "boom\u{1b}[2K\rNo findings.\u{07}\u{0}after the NUL"

    static let recorded = Result { () throws -> (directory: String, trace: String) in
        let directory = Checkout.scratchFile("terminal")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try #"""
            import asyncio

            async def wait_forever():
                await asyncio.sleep(3600)

            async def fail():
                raise ValueError("boom\x1b[2K\rNo findings.\x07\x00after the NUL")

            async def main():
                asyncio.create_task(wait_forever(), name="evil\x1b[2K\r\x07\nNo findings.\x00hidden")
                failing = asyncio.create_task(fail(), name="fail\x00er")
                await asyncio.sleep(0.01)
                del failing

            loop = asyncio.new_event_loop()
            loop.run_until_complete(main())
            loop.close()
            """#.write(toFile: "\(directory)/app.py", atomically: true, encoding: .utf8)
        let trace = "\(directory)/trace.db"
        let record = try asynctrace(["record", "-o", trace, "--", "python3", "app.py"], in: directory)
        guard record.status == 0 else { throw RecordingFailed(example: "app.py", stderr: record.stderr) }
        return (directory, trace)
    }

    func run(_ arguments: [String]) throws -> CommandResult {
        let (directory, trace) = try Self.recorded.get()
        return try asynctrace(arguments.map { $0 == "TRACE" ? trace : $0 }, in: directory)
    }

    /// Characters a terminal acts on: every control character but the renderer's own line ends.
    static func controls(in text: String) -> [String] {
        text.unicodeScalars.filter { $0 != "\n" && ($0.value < 0x20 || (0x7F..<0xA0).contains($0.value)) }
            .map { String(format: "U+%04X", $0.value) }
    }

    @Test(arguments: [["analyze", "TRACE"], ["tasks", "TRACE"], ["summary", "TRACE"]])
    func textOutputShowsTheProgramsControlCharactersAsEscapes(_ command: [String]) throws {
        let result = try run(command)
        #expect(result.status == (command[0] == "analyze" ? 1 : 0), "\(result.stderr)")
        #expect(Self.controls(in: result.stdout + result.stderr) == [])
        #expect(!result.stdout.split(separator: "\n").contains { $0.hasPrefix("No findings") })
        #expect(result.stdout.contains(#"evil\x1b[2K\r\x07\nNo findings.\x00hidden (wait_forever)"#))
    }

    @Test func analyzeShowsTheWholeExceptionMessageAndTaskName() throws {
        let text = try run(["analyze", "TRACE"]).stdout
        #expect(text.contains(#"task fail\x00er (fail) failed with ValueError: boom\x1b[2K\rNo findings.\x07\x00after the NUL"#))
        let tasks = try run(["tasks", "TRACE"]).stdout
        #expect(tasks.contains(#"failed (ValueError)"#) && tasks.contains(#"fail\x00er (fail)"#))
    }

    /// Machine formats keep the text as it was, each escaped its own way; none stops at the NUL.
    @Test func machineFormatsKeepWhatFollowsANUL() throws {
        let findings = try JSONDecoder().decode([Finding].self, from: Data(try run(["analyze", "TRACE", "--format", "json"]).stdout.utf8))
        #expect(findings.map(\.rule) == ["exception-never-retrieved", "pending-at-close"])
        #expect(findings.map(\.object) == ["fail\u{0}er (fail)", Self.evilName + " (wait_forever)"])
        #expect(findings[0].message.contains(Self.evilMessage))
        for command in [["analyze", "TRACE", "--format", "csv"], ["analyze", "TRACE", "--format", "sarif"],
                        ["report", "TRACE"], ["export", "TRACE", "--format", "perfetto"],
                        ["summary", "TRACE", "--format", "json"], ["tasks", "TRACE", "--format", "csv"],
                        ["tasks", "TRACE", "--format", "json"], ["export", "TRACE", "--table", "events"]] {
            let result = try run(command)
            #expect(result.stdout.contains("hidden"), "\(command): \(result.stdout.prefix(300))")
        }
        // JUnit's XML cannot hold a NUL even escaped: it stands in for it, and the rest follows.
        let junit = try run(["analyze", "TRACE", "--format", "junit"]).stdout
        #expect(junit.contains("fail\u{FFFD}er (fail) failed with ValueError: boom\u{FFFD}[2K&#13;No findings."))
    }
}
