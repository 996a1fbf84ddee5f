import AsyncTraceKit
import Foundation
import Testing

/// A trace whose recorder stopped seeing is never reported as clean: every reader warns on stderr, analyze
/// exits 3 when it found nothing, and the machine formats carry the gap. Recorded from real programs.
@Suite struct IncompleteTraceTests {
    /// A program that breaks the recorder midway (as an internal error would), then leaks a coroutine the
    /// recorder can no longer see; `leakFirst` leaks one while it still sees.
    static func record(_ name: String, leakFirst: Bool) throws -> String {
        let directory = Checkout.scratchFile(name)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try """
            import asyncio, asynctrace

            async def job(n):
                await asyncio.sleep(0)
                return n

            async def main():
                \(leakFirst ? "job(0)" : "pass")
                print(await asyncio.gather(job(1), job(2)))
                asynctrace.active_recorder().tls = None  # the next hook fails inside
                print(await asyncio.gather(job(3), job(4)))
                job(5)

            asyncio.run(main())
            """.write(toFile: "\(directory)/app.py", atomically: true, encoding: .utf8)
        let trace = "\(directory)/trace.db"
        let result = try asynctrace(["record", "-o", trace, "--", "python3", "app.py"], in: directory)
        guard result.status == 0, result.stdout == "[1, 2]\n[3, 4]\n" else {
            throw RecordingFailed(example: "app.py", stderr: result.stderr)
        }
        return trace
    }

    static let blind = Result { try record("stopped-midway", leakFirst: false) }
    static let blindAfterALeak = Result { try record("stopped-after-a-leak", leakFirst: true) }

    static let warning = "asynctrace: warning: trace incomplete: process "

    @Test func everyReaderWarnsOnStderr() throws {
        let trace = try Self.blind.get()
        for reader in traceReaders {
            let result = try read(trace, with: reader)
            #expect(result.brokenPromise == nil, "\(reader): \(result.brokenPromise ?? "")")
            #expect(result.stderrLines.count == 1, "\(reader): \(result.stderr)")
            #expect(result.stderr.hasPrefix(Self.warning), "\(reader)")
            #expect(result.stderr.contains("recording stopped after an internal error in task_created"), "\(reader)")
        }
    }

    @Test func analyzeExitsThreeWithoutFindingsAndOneWithThem() throws {
        let blind = try asynctrace("analyze", try Self.blind.get())
        #expect(blind.status == 3)
        #expect(blind.stdout == "No findings in what was recorded, but the trace is incomplete (see the warnings).\n")
        let json = try asynctrace("analyze", try Self.blind.get(), "--format", "json")
        #expect(json.status == 3)
        #expect(try JSONDecoder().decode([Finding].self, from: Data(json.stdout.utf8)).isEmpty)

        let leaked = try asynctrace("analyze", try Self.blindAfterALeak.get(), "--format", "json")
        #expect(leaked.status == 1)
        #expect(leaked.stderr.hasPrefix(Self.warning))
        let findings = try JSONDecoder().decode([Finding].self, from: Data(leaked.stdout.utf8))
        #expect(findings.map(\.rule) == ["leaked-coroutine"])  // job(0); job(5) came after the recorder stopped
    }

    @Test func sarifJUnitSummaryAndReportShowTheGap() throws {
        let trace = try Self.blind.get()
        let sarif = try asynctrace("analyze", trace, "--format", "sarif")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notifications.count == 1)
        #expect(notifications.first?["level"] as? String == "warning")
        let text = (notifications.first?["message"] as? [String: Any])?["text"] as? String ?? ""
        #expect(text.hasPrefix("trace incomplete: process ") && text.contains("task_created"))

        let junit = try asynctrace("analyze", trace, "--format", "junit")
        #expect(junit.stdout.contains("<testcase classname=\"asynctrace\" name=\"trace complete\""))
        #expect(junit.stdout.contains("<failure type=\"trace-incomplete\""))
        #expect(junit.stdout.contains("failures=\"1\""))

        let summary = try asynctrace("summary", trace)
        #expect(summary.stdout.hasPrefix("Trace incomplete, findings may be missing:\n  process "))
        let json = try asynctrace("summary", trace, "--format", "json")
        let incomplete = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((incomplete["incomplete"] as? [String])?.count == 1)

        let html = try String(contentsOfFile: try ReportTests.report(trace, allowWarnings: true), encoding: .utf8)
        #expect(html.contains("\"gaps\":[\"process "))
    }

    /// python3 with a copy of asyncio whose BaseEventLoop.close differs by one space: the recorder's close
    /// hook does not install, so the task pending at close is not seen, and analyze says which rules are
    /// blind instead of reporting a clean run; a rule that does not need the hook still reports cleanly.
    @Test func aChangedAsyncioSourceBlindsTheRulesThatNeedTheHook() throws {
        let directory = Checkout.scratchFile("changed-asyncio")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let copy = try runCommand("/usr/bin/env", ["python3", "-c", """
            import asyncio, os, shutil
            shutil.copytree(os.path.dirname(asyncio.__file__), "shadow/asyncio")
            path = "shadow/asyncio/base_events.py"
            source = open(path).read()
            open(path, "w").write(source.replace("self._closed = True", "self._closed  = True"))
            """], in: directory)
        #expect(copy.status == 0, "\(copy.stderr)")
        try """
            import asyncio

            async def forever():
                await asyncio.sleep(3600)

            loop = asyncio.new_event_loop()
            loop.create_task(forever())
            loop.run_until_complete(asyncio.sleep(0))
            loop.close()
            """.write(toFile: "\(directory)/app.py", atomically: true, encoding: .utf8)
        let trace = "\(directory)/trace.db"
        _ = try asynctrace(["record", "-o", trace, "--", "python3", "app.py"], in: directory,
                           environment: ["PYTHONPATH": "\(directory)/shadow"])
        let result = try asynctrace("analyze", trace)
        #expect(result.status == 3)
        #expect(result.stderrLines.map { $0.split(separator: " did not install")[0] } == [
            "asynctrace: warning: rule pending-at-close cannot see this trace: BaseEventLoop.close",
            "asynctrace: warning: rule cancelled-unfinished cannot see this trace: BaseEventLoop.close",
        ])
        #expect(result.stderr.contains("did not install (BaseEventLoop.close is not the source this asynctrace knows"))
        let unaffected = try asynctrace("analyze", trace, "--rule", "leaked-coroutine")
        #expect(unaffected.status == 0)
    }

    /// A process killed while its loop runs never closes its trace: that alone makes the trace incomplete.
    @Test func aProcessKilledWhileItsLoopRan() throws {
        let directory = Checkout.scratchFile("killed")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try """
            import asyncio, os, signal

            async def main():
                await asyncio.gather(*(asyncio.sleep(0) for _ in range(10)))
                os.kill(os.getpid(), signal.SIGKILL)

            asyncio.run(main())
            """.write(toFile: "\(directory)/app.py", atomically: true, encoding: .utf8)
        let trace = "\(directory)/trace.db"
        _ = try asynctrace(["record", "-o", trace, "--", "python3", "app.py"], in: directory)
        let result = try asynctrace("analyze", trace)
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix(Self.warning) && result.stderr.contains("never closed its trace"))
    }
}
