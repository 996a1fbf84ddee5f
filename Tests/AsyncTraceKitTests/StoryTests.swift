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
        // Blamed on the except that swallowed the cancel; the await it was thrown at is in the story.
        #expect(finding.line == 6)
        #expect(finding.related.map(\.role) == ["task created", "cancel() called by task Task-1 (main)",
                                                "swallowed by this except", "CancelledError thrown"])
        #expect(finding.related.map(\.line) == [10, 12, 6, 5])
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

    /// A task whose coroutine was made on one line and made a task on another: the story names both.
    @Test func aTaskScheduledOnAnotherLineThanItsCoroutineNamesBoth() throws {
        let findings = try Self.findings(of: """
            import asyncio

            async def poll():
                await asyncio.sleep(3600)

            async def main():
                pending = poll()
                await asyncio.sleep(0)
                asyncio.ensure_future(pending)
                await asyncio.sleep(0)

            loop = asyncio.new_event_loop()
            loop.run_until_complete(main())
            loop.close()
            """, name: "scheduled-elsewhere")
        let finding = try #require(findings.first { $0.rule == "pending-at-close" })
        #expect(finding.line == 7)
        #expect(finding.related.prefix(2).map { "\($0.role) \($0.line ?? 0)" } == [
            "task created 7", "scheduled as a task 9"])
    }

    /// A coroutine leaked in a reference cycle by one test and collected during the next is the first test's
    /// finding, the second named as where it was collected; with pytest-xdist as without.
    @Test(arguments: [[], ["-p", "xdist", "-n", "2", "--dist", "loadfile"]])
    func aLeakCollectedDuringALaterTestIsTheTestThatLeakedIt(_ xdist: [String]) throws {
        let directory = Checkout.scratchFile(xdist.isEmpty ? "cross-test" : "cross-test-xdist")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try """
            import asyncio, gc

            async def save():
                await asyncio.sleep(0)

            class Holder:
                pass

            def test_a_leaks_in_a_cycle():
                gc.disable()  # nothing collects the cycle until the next test does
                holder = Holder()
                holder.me = holder
                holder.coro = save()

            def test_b_collects():
                gc.collect()
                gc.enable()
            """.write(toFile: "\(directory)/test_cycle.py", atomically: true, encoding: .utf8)
        let trace = "\(directory)/trace.db"
        let record = try asynctrace(["record", "-o", trace, "--", "python3", "-m", "pytest", "-q", "-p",
                                     "no:cacheprovider"] + xdist + ["test_cycle.py"], in: directory)
        #expect(record.status == 0, "\(record.stdout)\(record.stderr)")
        let finding = try #require(try Recordings.findings(in: trace).first { $0.rule == "leaked-coroutine" })
        #expect((finding.line, finding.test) == (13, "test_cycle.py::test_a_leaks_in_a_cycle"))
        #expect(finding.related.map { "\($0.role) \($0.test ?? "")" } == [
            "coroutine created test_cycle.py::test_a_leaks_in_a_cycle", "async def ",
            "garbage-collected test_cycle.py::test_b_collects"])
    }

    /// A coroutine that library code made and dropped (a scheduler calling an `async def` as if it were a plain
    /// callback) is blamed on the program's `async def`, the library's line named as where it was created.
    @Test func aCoroutineALibraryLeakedIsBlamedOnTheProgramsAsyncDef() throws {
        let directory = Checkout.scratchFile("library-leak")
        try FileManager.default.createDirectory(atPath: "\(directory)/site-packages", withIntermediateDirectories: true)
        try """
            def every(callback):
                callback()
            """.write(toFile: "\(directory)/site-packages/scheduler.py", atomically: true, encoding: .utf8)
        try """
            import sys; sys.path.insert(0, "site-packages")
            import asyncio, scheduler

            async def tick():
                await asyncio.sleep(0)

            async def main():
                scheduler.every(tick)

            asyncio.run(main())
            """.write(toFile: "\(directory)/app.py", atomically: true, encoding: .utf8)
        let trace = "\(directory)/trace.db"
        _ = try asynctrace(["record", "-o", trace, "--", "python3", "app.py"], in: directory)
        let result = try asynctrace(["analyze", trace, "--format", "json"], in: directory)
        let findings = try JSONDecoder().decode([Finding].self, from: Data(result.stdout.utf8))
        let finding = try #require(findings.first)
        #expect((finding.file, finding.line, finding.function) == ("app.py", 4, "tick"))
        #expect(finding.message == "coroutine tick was created by library code but never awaited")
        #expect(finding.related.map(\.text) == ["coroutine created at site-packages/scheduler.py:2 (every)",
                                                "async def at app.py:4 (tick)"])
    }

    /// Whose cancel() it was is decided when the trace is read: the same trace re-read with a project root
    /// that leaves the cancelling helper out has no swallowed cancel of the program's.
    @Test func theProjectRootDecidesWhoseCancelItWas() throws {
        let directory = Checkout.scratchFile("cancel-owner")
        for folder in ["app", "helpers"] {
            try FileManager.default.createDirectory(atPath: "\(directory)/\(folder)", withIntermediateDirectories: true)
        }
        try """
            def stop(task):
                task.cancel()
            """.write(toFile: "\(directory)/helpers/scope.py", atomically: true, encoding: .utf8)
        try """
            import sys; sys.path.insert(0, "helpers")
            import asyncio, scope

            async def stubborn():
                try:
                    await asyncio.sleep(10)
                except asyncio.CancelledError:
                    pass

            async def main():
                task = asyncio.ensure_future(stubborn())
                await asyncio.sleep(0)
                scope.stop(task)
                await task

            asyncio.run(main())
            """.write(toFile: "\(directory)/app/main.py", atomically: true, encoding: .utf8)
        let trace = "\(directory)/trace.db"
        _ = try asynctrace(["record", "-o", trace, "--", "python3", "app/main.py"], in: directory)
        let everything = try asynctrace(["analyze", trace, "--format", "json"], in: directory)
        let findings = try JSONDecoder().decode([Finding].self, from: Data(everything.stdout.utf8))
        #expect(findings.map(\.rule) == ["cancelled-unfinished"])
        #expect(findings.first?.message.contains("was cancelled at helpers/scope.py:2 but it swallowed") == true)
        let appOnly = try asynctrace(["analyze", trace, "--root", "\(directory)/app"], in: directory)
        #expect((appOnly.status, appOnly.stdout) == (0, "No findings.\n"))
    }
}
