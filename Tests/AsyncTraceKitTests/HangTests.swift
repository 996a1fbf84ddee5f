import AsyncTraceKit
import Foundation
import Testing

/// The programs of examples/hangs, which never end by themselves, recorded for real: each is stopped with SIGTERM
/// after 2 s (as a CI job's timeout would), with the recorder's hang threshold at 500 ms. Each hang is one
/// deadlock finding on the line marked `# asynctrace: expect deadlock`; each fixed twin ends and has none.
@Suite struct HangTests {
    private static let traces = OnceEach<String>()

    /// The trace of examples/hangs/<example>, recorded once by `python3 -m asynctrace run` (the program runs in
    /// that process: the SIGTERM reaches the program itself), stopped after 2 s if it has not ended.
    static func trace(of example: String) throws -> String {
        try traces.value(for: example) { try record(example) }
    }

    private static func record(_ example: String) throws -> String {
        let trace = Checkout.scratchFile(example.replacingOccurrences(of: ".py", with: ".db"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // The test's thread blocks SIGTERM, and a child inherits the mask: python3 unblocks every signal before it
        // runs `python3 -m asynctrace run`.
        process.arguments = ["python3", "-c", """
            import runpy, signal, sys
            signal.pthread_sigmask(signal.SIG_SETMASK, [])
            sys.argv = sys.argv[1:]
            runpy.run_module("asynctrace", run_name="__main__", alter_sys=True)
            """, "asynctrace", "run", "-o", trace, Checkout.example("hangs/\(example)")]
        process.environment = ProcessInfo.processInfo.environment.merging([
            "PYTHONPATH": "\(Checkout.root)/tools/python/src", "ASYNCTRACE_HANG_MS": "500",
        ]) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: Checkout.root)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + 2) == .timedOut {
            process.terminate()  // SIGTERM, as a CI job's timeout sends it
            if finished.wait(timeout: .now() + 30) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                throw RecordingFailed(example: example, stderr: "still running 30 s after SIGTERM")
            }
        }
        process.waitUntilExit()
        // The SIGTERM ends a hang (its default action, after the recorder's snapshot); a fixed twin ends by itself.
        let stopped = process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM
        guard stopped || process.terminationStatus == 0 else {
            throw RecordingFailed(example: example, stderr: "exit \(process.terminationStatus)")
        }
        return trace
    }

    /// The line of examples/hangs/<example> marked `# asynctrace: expect deadlock`.
    static func markedLine(_ example: String) throws -> Int64? {
        let source = try String(contentsOfFile: Checkout.example("hangs/\(example)"), encoding: .utf8)
        return source.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
            $0.hasSuffix("# asynctrace: expect deadlock")
        }.map { Int64($0 + 1) }
    }

    struct Hang: Sendable, CustomTestStringConvertible {
        var example: String
        /// The tasks the message names, and what it says of the whole.
        var names: [String]
        var says: String
        var testDescription: String { example }
    }

    static let hangs = [
        Hang(example: "event_never_set.py", names: ["Task-1 (main)"], says: "nothing could wake it"),
        Hang(example: "lock_order.py", names: ["Task-2 (transfer)", "Task-3 (audit)"], says: "an await cycle"),
        Hang(example: "await_each_other.py", names: ["Task-2 (producer)", "Task-3 (consumer)"], says: "an await cycle"),
    ]

    @Test(arguments: hangs)
    func aHangIsOneDeadlockOnTheMarkedLine(_ hang: Hang) throws {
        let findings = try Recordings.findings(in: try Self.trace(of: hang.example))
        let finding = try #require(findings.first)
        #expect(findings.map(\.rule) == ["deadlock"])
        #expect(finding.file == "examples/hangs/\(hang.example)")
        #expect(finding.line == (try Self.markedLine(hang.example)))
        #expect(finding.severity == .error && !finding.stack.isEmpty && finding.pid != nil)
        for name in hang.names { #expect(finding.message.contains(name), "\(finding.message) lacks \(name)") }
        #expect(finding.message.contains(hang.says))
        // The story: each task's await, and where each was made.
        #expect(finding.related.filter { $0.role.contains(" waits for ") }.count >= hang.names.count)
        #expect(finding.related.filter { $0.role.hasSuffix(" created") && $0.role.hasPrefix("task ") }.count == hang.names.count)
    }

    @Test(arguments: ["event_never_set_fixed.py", "lock_order_fixed.py", "await_each_other_fixed.py"])
    func theFixedTwinEndsWithoutAFinding(_ example: String) throws {
        #expect(try Recordings.findings(in: try Self.trace(of: example)) == [])
    }

    @Test func tasksSaysWhatEachPendingTaskWaitedOn() throws {
        let result = try asynctrace("tasks", try Self.trace(of: "lock_order.py"), "--state", "pending", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let waits = Dictionary(uniqueKeysWithValues: rows.compactMap { row in
            (row["name"] as? String).map { ($0, row["waits_on"] as? String ?? "") }
        })
        #expect(waits["Task-2"] == "Lock held by Task-3 (audit) (examples/hangs/lock_order.py:24) at examples/hangs/lock_order.py:11")
        #expect(waits["Task-3"] == "Lock held by Task-2 (transfer) (examples/hangs/lock_order.py:23) at examples/hangs/lock_order.py:18")
        #expect(waits["Task-1"]?.hasPrefix("gather() of Task-2 (transfer), Task-3 (audit) at examples/hangs/lock_order.py:") == true)
        let text = try asynctrace("tasks", try Self.trace(of: "lock_order.py"), "--state", "pending")
        #expect(text.stdout.split(separator: "\n").first?.hasSuffix("WAITS ON") == true)
        #expect(text.stdout.contains("  Lock held by Task-3 (audit) (examples/hangs/lock_order.py:24) at examples/hangs/lock_order.py:11\n"))
    }

    /// A SIGTERM sent to `asynctrace record` alone (a CI runner's, a container's stop) is passed on to the program,
    /// which it ends by its default action, as untraced: no orphan runs on, and the watchdog's look stands.
    @Test func aSIGTERMToRecordReachesTheProgram() throws {
        let trace = Checkout.scratchFile("terminated.db")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Checkout.binary)
        process.arguments = ["record", "-o", trace, "--", "python3", Checkout.example("hangs/event_never_set.py")]
        process.environment = ProcessInfo.processInfo.environment.merging(["ASYNCTRACE_HANG_MS": "500"]) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        // Signalled once the watchdog has looked (its threshold is 500 ms; start-up under load can take more).
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, (try? Trace(path: trace).facts())?.snapshots.values.contains(where: {
            $0.reason == .noProgress
        }) != true {
            Thread.sleep(forTimeInterval: 0.25)
        }
        process.terminate()
        if finished.wait(timeout: .now() + 30) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("asynctrace record still running 30 s after SIGTERM")
            return
        }
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 128 + SIGTERM)
        let facts = try Trace(path: trace).facts()
        #expect(facts.snapshots.values.contains { $0.reason == .noProgress })
        #expect(try Recordings.findings(in: trace).map(\.rule) == ["deadlock"])
    }

    /// The HTML report draws each snapshot's await graph: a node per waiting task, an arrow per task it waits
    /// on, the cycle's in red, and what each waited on as text.
    @Test func theReportDrawsTheAwaitGraphs() throws {
        let trace = try Self.trace(of: "lock_order.py")
        let page = try Browser.load("file://" + (try ReportTests.report(trace, allowWarnings: true)))
        #expect(page.console == [], "the page logged to the console")
        #expect(page.dom.contains("data-ready=\"true\""), "the page's script did not finish")
        // One graph per snapshot: the watchdog's (one or two, as its looks fall), SIGTERM at its default action none.
        #expect((ReportTests.number("data-hangs", in: page.dom) ?? 0) >= 1, "no await graph drawn")
        #expect(page.dom.contains("data-cycle=\"true\""))
        #expect(page.dom.contains("class=\"edge cycle\""))
        #expect(page.dom.contains("Task-2 (transfer) waits on Lock held by Task-3 (audit) "
            + "(examples/hangs/lock_order.py:24) at examples/hangs/lock_order.py:11"))
    }
}
