import AsyncTraceKit
import Foundation
import Testing

/// Findings on real recorded programs say what happened in their own words, from the facts of the trace.
@Suite struct StoryTests {
    static func findings(of program: String, name: String) throws -> [Finding] {
        let directory = Checkout.scratchFile(name)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try program.write(toFile: "\(directory)/app.py", atomically: true, encoding: .utf8)
        let trace = "\(directory)/trace.db"
        _ = try asynctrace(["record", "-o", trace, "--", "python3", "app.py"], in: directory)
        return try Recordings.findings(in: trace)
    }

    @Test func aCancelledTaskThatRaisedInsteadIsNotSaidToHaveFinishedNormally() throws {
        let findings = try Self.findings(of: """
            import asyncio

            async def worker():
                try:
                    await asyncio.sleep(3600)
                except asyncio.CancelledError:
                    raise ValueError("cleanup failed")

            async def main():
                task = asyncio.create_task(worker())
                await asyncio.sleep(0)
                task.cancel()
                try:
                    await task
                except ValueError:
                    pass

            asyncio.run(main())
            """, name: "swallowed-then-raised")
        let finding = try #require(findings.first { $0.rule == "cancelled-unfinished" })
        #expect(finding.message.hasSuffix("but it swallowed the CancelledError and raised ValueError instead"))
        #expect(finding.related.map(\.role) == ["task created", "cancel() called by task Task-1 (main)"])
        #expect(finding.related.map(\.line) == [10, 12])
    }

    @Test func anExceptionNeverRetrievedSaysWhereItWasRaised() throws {
        let findings = try Self.findings(of: """
            import asyncio

            def parse(text):
                return int(text)

            async def worker():
                await asyncio.sleep(0)
                parse("not a number")

            async def main():
                asyncio.ensure_future(worker())
                await asyncio.sleep(0.01)

            asyncio.run(main())
            """, name: "raised-where")
        let finding = try #require(findings.first { $0.rule == "exception-never-retrieved" })
        #expect(finding.line == 11)
        #expect(finding.related.map { "\($0.role) \($0.line ?? 0) \($0.function ?? "")" } == [
            "task created 11 main", "raised ValueError: invalid literal for int() with base 10: 'not a number' 4 parse"])
    }
}
