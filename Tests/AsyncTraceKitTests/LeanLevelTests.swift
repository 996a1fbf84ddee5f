import AsyncTraceKit
import Foundation
import GRDB
import Testing

/// A trace recorded at the lean level (ASYNCTRACE_LEVEL=lean): tasks that ended with a result, uncancelled and
/// named by nothing are counted, not stored. Every finding stays as it is at the full level, and the reports
/// say how many tasks were counted.
@Suite struct LeanLevelTests {
    @Test func everyFindingOfTheFullLevelIsFoundAtTheLeanLevel() throws {
        let full = try Recordings.findings(in: try Recordings.trace(of: "all.py"))
        let lean = try Recordings.findings(in: try Recordings.trace(of: "all.py", level: "lean"))
        // Durations in messages ("blocked for at least 303 ms") are the run's own.
        let key = { (finding: Finding) in
            "\(finding.rule) \(finding.function ?? "?"):\(finding.line ?? 0) "
                + finding.message.replacingOccurrences(of: #"[0-9.]+ (ms|s)\b"#, with: "# $1", options: .regularExpression)
        }
        #expect(full.count == Rule.all.count)
        #expect(lean.map(key).sorted() == full.map(key).sorted())
    }

    @Test func theReportsSayHowManyTasksWereCounted() throws {
        let trace = try Recordings.trace(of: "all.py", level: "lean")
        let counted = try Trace(path: trace).countedTasks()
        #expect(counted > 0)
        let facts = try Trace(path: trace).facts()
        #expect(facts.countedTasks == counted)
        let fullFacts = try Trace(path: try Recordings.trace(of: "all.py")).facts()
        #expect(facts.tasks.count < fullFacts.tasks.count && fullFacts.countedTasks == 0)

        let analyze = try asynctrace("analyze", trace)
        #expect(analyze.status == 1)
        #expect(analyze.stderr.contains("asynctrace: \(counted) tasks that ended with a result, uncancelled and named by "
            + "nothing, were counted, not stored (recorded at the lean level)\n"))
        let summary = try asynctrace("summary", trace)
        #expect(summary.stdout.contains("; and \(counted) that ended with a result, counted, not stored (lean level)\n"))
        let json = try asynctrace("summary", trace, "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["counted_tasks"] as? Int == counted)
        let page = Checkout.scratchFile("all-lean.html")
        #expect(try asynctrace("report", trace, "-o", page).status == 0)
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("\"counted\":\(counted),"))
    }

    @Test func tasksCountsTheTasksOfTheTestAskedFor() throws {
        let directory = (try Recordings.pytestRun.get() as NSString).deletingLastPathComponent
        let trace = "\(directory)/lean.db"
        let record = try asynctrace(["record", "--level", "lean", "-o", trace, "--", "python3", "-m", "pytest", "-q",
                                     "-p", "no:cacheprovider", "test_report.py"], in: directory)
        #expect(record.status == 0, "\(record.stdout)")
        let (clean, all) = try DatabaseQueue(path: trace).read { db in
            (try Int.fetchOne(db, sql: """
                SELECT sum(c.tasks) FROM task_counts c JOIN tests t ON t.id = c.test_id
                WHERE t.nodeid = 'test_report.py::test_clean'
                """) ?? 0, try Int.fetchOne(db, sql: "SELECT sum(tasks) FROM task_counts") ?? 0)
        }
        #expect(clean >= 5 && clean < all)  // its five gathered save() tasks, and asyncio.run's own plain ones
        func note(_ count: Int) -> String {
            "asynctrace: and \(count) tasks that ended with a result, counted, not stored (recorded at the lean level): "
                + "not listed\n"
        }
        #expect(try asynctrace("tasks", trace, "--test", "test_report.py::test_clean").stderr == note(clean))
        #expect(try asynctrace("tasks", trace).stderr == note(all))
        #expect(try asynctrace("tasks", trace, "--test", "test_report.py::test_clean", "--state", "pending").stderr
            .isEmpty)
    }

    @Test func combinedShardsKeepTheirCounts() throws {
        let trace = try Recordings.trace(of: "all.py", level: "lean")
        let counted = try Trace(path: trace).countedTasks()
        let copy = Checkout.scratchFile("all-lean-shard-2.db"), combined = Checkout.scratchFile("lean-combined.db")
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: trace, toPath: copy)
        let result = try asynctrace("combine", "-o", combined, trace, copy)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Trace(path: combined).countedTasks() == 2 * counted)
    }
}
