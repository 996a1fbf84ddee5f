import AsyncTraceKit
import CSV
import Foundation
import Testing

/// `asynctrace summary` and `asynctrace tasks`, checked against the trace's own facts.
@Suite struct SummaryAndTasksTests {
    @Test func summaryCountsWhatTheTraceHolds() throws {
        let trace = try Recordings.trace(of: "all.py")
        let facts = try Trace(path: trace).facts()
        let result = try asynctrace("summary", trace, "--format", "json")
        #expect(result.status == 0 && result.stderr.isEmpty)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((summary["processes"] as? [Any])?.count == facts.processes.count)
        let tasks = try #require(summary["tasks"] as? [String: Int])
        #expect(Set(tasks.keys) == ["pending", "cancelled", "failed", "done"])
        #expect(tasks.values.reduce(0, +) == facts.tasks.count)
        #expect(tasks["failed"] == facts.tasks.values.count { $0.end?.outcome == .exception })
        #expect(summary["never_awaited_coroutines"] as? Int == 1)
        #expect(summary["findings"] as? [String: Int] == Dictionary(uniqueKeysWithValues: Rule.all.map { ($0.id, 1) }))
        let longest = try #require(summary["longest_tasks"] as? [[String: Any]])
        let durations = longest.compactMap { $0["duration_ns"] as? Int }
        #expect(durations.count == 10 && durations == durations.sorted(by: >))
        let span = try #require((summary["end_ns"] as? Int).flatMap { end in (summary["start_ns"] as? Int).map { end - $0 } })
        #expect(span >= durations[0])

        let text = try asynctrace("summary", trace)
        for line in ["Processes: \(facts.processes.count)\n", "Loops: \(facts.loops.count) ", "Never-awaited coroutines: 1\n",
                     "Tests: 0\n", "Findings: \(Rule.all.count)\n", "  leaked-coroutine: 1\n", "Longest-running tasks:\n"] {
            #expect(text.stdout.contains(line), "summary lacks \(line)")
        }
    }

    @Test func tasksListsEveryTaskWithHowItEnded() throws {
        let trace = try Recordings.trace(of: "all.py")
        let facts = try Trace(path: trace).facts()
        let csv = try asynctrace("tasks", trace, "--format", "csv")
        #expect(csv.status == 0)
        let reader = try CSVReader(string: csv.stdout, hasHeaderRow: true)
        #expect(reader.headerRow == TaskRow.columns)
        let rows = Array(AnyIterator { reader.next() })
        #expect(rows.count == facts.tasks.count)
        #expect(rows.map { $0[0] } .compactMap(Int64.init).allSatisfy { facts.tasks[$0] != nil })

        let pending = try asynctrace("tasks", trace, "--state", "pending", "--format", "json")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(pending.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count == facts.tasks.values.count { $0.end == nil })
        #expect(objects.allSatisfy { $0["state"] as? String == "pending" && $0["ending"] as? String != "finished" })
        // The cancelled-but-unfinished heartbeat says who cancelled it and where.
        #expect(objects.contains { ($0["cancelled_at"] as? String)?.hasPrefix("examples/cancel_then_close.py:") == true })

        let text = try asynctrace("tasks", trace, "--state", "failed")
        #expect(text.stdout.contains("failed (ConnectionError)"))
        #expect(text.stdout.hasSuffix("\n2 tasks\n"))
    }

    @Test func tasksOfOneTest() throws {
        let trace = try Recordings.pytestRun.get()
        let result = try asynctrace("tasks", trace, "--test", "test_report.py::test_leaks_a_task_named_like_markup",
                                    "--format", "json")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count == 2)
        #expect(objects.contains { $0["name"] as? String == Recordings.markupName && $0["state"] as? String == "pending" })

        let unknown = try asynctrace("tasks", trace, "--test", "test_report.py::nope")
        #expect(unknown.status == 2 && unknown.stderrLines.count == 1)
        #expect(unknown.stderr.contains("no test 'test_report.py::nope'"))
    }

    /// On a terminal a spinner shows the stage on stderr and is erased; piped, nothing but the report.
    @Test(arguments: [["summary"], ["analyze"], ["tasks"], ["report", "-o", "/dev/null"],
                      ["export", "--format", "perfetto", "-o", "/dev/null"]])
    func progressShowsOnATerminalOnly(_ command: [String]) throws {
        let trace = try Recordings.trace(of: "pending_at_close.py")
        let arguments = [command[0], trace] + command.dropFirst()
        let piped = try asynctrace(arguments)
        #expect(piped.stderr.isEmpty)
        #expect(!piped.stdout.contains("\u{1B}"))
        // script(1) runs the command on a pseudo-terminal and copies what it showed to stdout.
        let shell = ([Checkout.binary] + arguments).map { "'\($0)'" }.joined(separator: " ") + " >/dev/null"
        let terminal = try runCommand("/usr/bin/script", ["-qec", shell, "/dev/null"], in: Checkout.scratch,
                                      environment: ["TERM": "xterm"])
        #expect(terminal.stdout.contains("opening the trace") || terminal.stdout.contains("reading"))
        #expect(terminal.stdout.hasSuffix("\r\u{1B}[K"), "the spinner was not erased: \(terminal.stdout.debugDescription)")
    }
}
