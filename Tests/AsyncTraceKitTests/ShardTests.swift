import AsyncTraceKit
import Foundation
import Testing

/// Several traces read as one run: a suite split into CI shards (pytest's own -k and --deselect), a shard and
/// its rerun, a shard that never arrived, an incomplete shard, and `diff` between a base and a change.
@Suite struct ShardTests {
    static let suite = """
        import asyncio

        async def save():
            await asyncio.sleep(0)

        def test_forgets_await():
            async def main():
                save()
            asyncio.run(main())

        def test_leaves_a_task_running():
            async def main():
                asyncio.create_task(asyncio.sleep(1))
                await asyncio.sleep(0)
            asyncio.run(main())

        def test_clean():
            asyncio.run(save())

        def test_forgets_another_await():
            async def main():
                save()
            asyncio.run(main())
        """

    /// The directory holding the suite, its unsplit trace (all.db) and three shards' (shards/1.db, 2.db, 3.db),
    /// recorded once.
    static let recorded = Result { () throws -> String in
        let directory = Checkout.scratchFile("shards")
        try FileManager.default.createDirectory(atPath: "\(directory)/shards", withIntermediateDirectories: true)
        try suite.write(toFile: "\(directory)/test_suite.py", atomically: true, encoding: .utf8)
        let runs: [(String, [String])] = [
            ("all.db", []),
            ("shards/1.db", ["-k", "forgets_await"]),
            ("shards/2.db", ["-k", "running or clean"]),
            ("shards/3.db", ["--deselect", "test_suite.py::test_forgets_await", "--deselect",
                             "test_suite.py::test_leaves_a_task_running", "--deselect", "test_suite.py::test_clean"]),
        ]
        for (trace, selection) in runs {
            let record = try asynctrace(["record", "-o", trace, "--", "python3", "-m", "pytest", "-q",
                                         "-p", "no:cacheprovider", "test_suite.py"] + selection, in: directory)
            guard record.status == 0 else { throw RecordingFailed(example: trace, stderr: record.stdout + record.stderr) }
        }
        return directory
    }

    /// What sqlite3 prints for `sql` on the trace at `path`.
    static func read(sql: String, in path: String) throws -> String {
        try runCommand("/usr/bin/sqlite3", [path, sql], in: Checkout.root).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    struct Key: Hashable {
        var rule: String, file: String?, line: Int64?, test: String?
    }

    static func analyze(_ arguments: [String]) throws -> (result: CommandResult, findings: [Finding]) {
        let result = try asynctrace(["analyze", "--format", "json"] + arguments, in: try recorded.get())
        let findings = result.status <= 1 ? try JSONDecoder().decode([Finding].self, from: Data(result.stdout.utf8)) : []
        return (result, findings)
    }

    /// What says that two runs found the same, in one order (several traces for a machine come trace after
    /// trace, each in its own order).
    static func keys(_ findings: [Finding]) -> [Key] {
        findings.map { Key(rule: $0.rule, file: $0.file, line: $0.line, test: $0.test) }
            .sorted { ($0.rule, $0.file ?? "", $0.line ?? 0) < ($1.rule, $1.file ?? "", $1.line ?? 0) }
    }

    @Test func threeShardsGiveTheFindingsOfTheUnsplitRun() throws {
        let (unsplit, expected) = try Self.analyze(["all.db"])
        #expect(unsplit.status == 1 && expected.count == 3)
        let (sharded, findings) = try Self.analyze(["shards/1.db", "shards/2.db", "shards/3.db"])
        #expect(sharded.status == 1, "\(sharded.stderr)")
        #expect(Self.keys(findings) == Self.keys(expected))
        // Each says which shard saw it, with its Python and host; shard after shard.
        #expect(findings.map { $0.traces.map(\.trace) } == [["shards/1.db"], ["shards/2.db"], ["shards/3.db"]])
        #expect(findings.allSatisfy { $0.traces.allSatisfy { $0.python != nil && $0.host != nil } })
        // A directory, or a pattern the shell did not expand, names the same traces.
        #expect(Self.keys(try Self.analyze(["shards"]).findings) == Self.keys(expected))
        #expect(Self.keys(try Self.analyze(["shards/*.db", "--expect-traces", "3"]).findings) == Self.keys(expected))
        // People read which shard saw each finding, and so do CI dashboards: a testcase per test of every shard.
        let text = try asynctrace(["analyze", "shards"], in: try Self.recorded.get())
        #expect(text.stdout.contains("      seen in shards/2.db (Python "))
        let junit = try asynctrace(["analyze", "shards", "--format", "junit"], in: try Self.recorded.get())
        #expect(junit.stdout.contains("<testsuites name=\"asynctrace\" tests=\"4\" failures=\"3\" "))
        #expect(junit.stdout.contains("    seen in shards/3.db (Python "))
    }

    @Test func aShardAndItsRerunReportAFindingOnceNamingBoth() throws {
        let directory = try Self.recorded.get()
        let rerun = "\(directory)/rerun-1.db"
        try? FileManager.default.removeItem(atPath: rerun)
        let record = try asynctrace(["record", "-o", rerun, "--", "python3", "-m", "pytest", "-q", "-p", "no:cacheprovider",
                                     "test_suite.py", "-k", "forgets_await"], in: directory)
        #expect(record.status == 0)
        let (_, alone) = try Self.analyze(["shards/1.db"])
        let (result, findings) = try Self.analyze(["shards/1.db", "rerun-1.db"])
        #expect(result.status == 1)
        #expect(Self.keys(findings) == Self.keys(alone))
        #expect(findings.map { $0.traces.map(\.trace) } == [["shards/1.db", "rerun-1.db"]])
    }

    /// JSON and CSV of several traces are written as they come from a spill file: what they write is what the
    /// merge in memory (the path a baseline takes) gives, field for field.
    @Test func theSpilledFindingsAreTheMergedOnes() throws {
        let directory = try Self.recorded.get()
        try #"{"version": 1, "findings": []}"#.write(toFile: "\(directory)/empty-baseline.json", atomically: true,
                                                      encoding: .utf8)
        let traces = ["shards/1.db", "shards/2.db", "shards/3.db", "shards/1.db", "all.db"]
        let (_, streamed) = try Self.analyze(traces)
        let (_, inMemory) = try Self.analyze(traces + ["--baseline", "empty-baseline.json"])
        #expect(streamed.count == 3 && inMemory.count == 3)
        #expect(Dictionary(streamed.map { ($0, 1) }, uniquingKeysWith: +)
                    == Dictionary(inMemory.map { ($0, 1) }, uniquingKeysWith: +))
        #expect(streamed.allSatisfy { $0.traces.count == 2 && $0.traces[1].trace == "all.db" })
    }

    @Test func aShardThatNeverArrivedIsAnError() throws {
        let result = try asynctrace(["analyze", "shards/1.db", "shards/2.db", "--expect-traces", "3"],
                                    in: try Self.recorded.get())
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr == "asynctrace: error: expected 3 traces, found 2: shards/1.db, shards/2.db\n")
    }

    @Test func anIncompleteShardLeavesTheRunIncomplete() throws {
        let directory = try Self.recorded.get()
        let clean = try TraceFiles.copy("\(directory)/shards/2.db", then: "DELETE FROM events; DELETE FROM scopes;")
        let cut = try TraceFiles.copy("\(directory)/shards/1.db", then: """
            DELETE FROM events; DELETE FROM scopes;
            INSERT INTO gaps (process_id, ts, kind, source, message) VALUES (1, 0, 'recording_stopped', 'writer',
                'recording stopped: disk full');
            """)
        let result = try asynctrace("analyze", clean, cut)
        #expect(result.status == 3, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("trace incomplete: \(cut), process "))
    }

    @Test func combinedShardsGiveTheFindingsOfTheUnsplitRunAndKeepWhereEachCameFrom() throws {
        let directory = try Self.recorded.get()
        try? FileManager.default.removeItem(atPath: "\(directory)/combined.db")
        let combine = try asynctrace(["combine", "-o", "combined.db", "shards"], in: directory)
        #expect(combine.status == 0 && combine.stderr == "asynctrace: 3 traces combined into combined.db: 3 processes\n",
                "\(combine.stderr)")
        let (_, expected) = try Self.analyze(["all.db"])
        let (result, findings) = try Self.analyze(["combined.db"])
        #expect(result.status == 1)
        #expect(Self.keys(findings) == Self.keys(expected))
        #expect(findings.map { $0.traces.map(\.trace) } == [["shards/1.db"], ["shards/3.db"], ["shards/2.db"]])
        // No two ids collide, and each still carries its process.
        let ids = try Self.read(sql: """
            SELECT (SELECT count(*) FROM (SELECT id FROM tasks UNION ALL SELECT id FROM sites UNION ALL SELECT id FROM
                    loops UNION ALL SELECT id FROM threads UNION ALL SELECT id FROM tests UNION ALL SELECT id FROM scopes))
                 - (SELECT count(*) FROM (SELECT id FROM tasks UNION SELECT id FROM sites UNION SELECT id FROM loops
                    UNION SELECT id FROM threads UNION SELECT id FROM tests UNION SELECT id FROM scopes)),
                   (SELECT count(*) FROM tasks WHERE id >> 32 != process_id),
                   (SELECT count(*) FROM events WHERE task_id IS NOT NULL AND task_id >> 32 != process_id),
                   (SELECT group_concat(source, ' ') FROM runs), (SELECT count(DISTINCT run_id) FROM processes)
            """, in: "\(directory)/combined.db")
        #expect(ids == "0|0|0|shards/1.db shards/2.db shards/3.db|3")
        // The commands that show one trace read several through a combined one, and the report says which
        // shard each finding came from.
        let summary = try asynctrace(["summary", "shards"], in: directory)
        #expect(summary.status == 0 && summary.stdout.contains("Processes: 3\n") && summary.stdout.contains("Tests: 4 "))
        let report = try asynctrace(["report", "shards"], in: directory)
        #expect(report.status == 0 && report.stdout.contains("\"traces\":\"shards/2.db (Python "))
    }

    @Test func combineReplacesOnlyATraceOfOurs() throws {
        let directory = try Self.recorded.get()
        let notes = "\(directory)/notes.db"
        try "my notes\n".write(toFile: notes, atomically: true, encoding: .utf8)
        let refused = try asynctrace(["combine", "-o", "notes.db", "shards"], in: directory)
        #expect(refused.status == 2 && refused.stderr == "asynctrace: error: notes.db is not an asynctrace trace: not replacing it\n")
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "my notes\n")
        // Every input is checked as a trace before anything is written.
        let notATrace = try asynctrace(["combine", "-o", "new.db", "shards/1.db", "test_suite.py"], in: directory)
        #expect(notATrace.status == 2 && notATrace.stderr.hasPrefix("asynctrace: error: test_suite.py "))
        #expect(!FileManager.default.fileExists(atPath: "\(directory)/new.db"))
        // A trace of ours is replaced, whole.
        let replaced = try asynctrace(["combine", "-o", "all-again.db", "all.db"], in: directory)
        #expect(replaced.status == 0)
        #expect(try asynctrace(["combine", "-o", "all-again.db", "shards"], in: directory).status == 0)
        #expect(try Self.read(sql: "SELECT count(*) FROM processes", in: "\(directory)/all-again.db") == "3")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasPrefix(".asynctrace") && $0.contains("all-again.db") }
        #expect(leftovers == [])
    }

    @Test func diffNamesTheFindingANewCommitAddsAndTheOneItFixes() throws {
        let directory = Checkout.scratchFile("diff")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        func record(_ name: String, leaking: String) throws {
            try """
                import asyncio

                async def save():
                    await asyncio.sleep(0)

                async def load():
                    await asyncio.sleep(0)

                async def main():
                    \(leaking)()
                    await save()

                asyncio.run(main())
                """.write(toFile: "\(directory)/app.py", atomically: true, encoding: .utf8)
            let result = try asynctrace(["record", "-o", name, "--", "python3", "app.py"], in: directory)
            #expect(result.status == 0, "\(result.stderr)")
        }
        try record("base.db", leaking: "load")
        try record("head.db", leaking: "save")
        let result = try asynctrace(["diff", "base.db", "head.db", "--format", "json"], in: directory)
        #expect(result.status == 1, "\(result.stderr)")
        let diff = try JSONDecoder().decode([String: [Finding]].self, from: Data(result.stdout.utf8))
        #expect(diff["new"]?.map { [$0.rule, $0.object] } == [["leaked-coroutine", "save"]])
        #expect(diff["fixed"]?.map { [$0.rule, $0.object] } == [["leaked-coroutine", "load"]])
        #expect(diff["present"] == [])
        // The base against itself: nothing new, so the gate passes.
        let same = try asynctrace(["diff", "base.db", "base.db"], in: directory)
        #expect(same.status == 0)
        #expect(same.stdout == "New in base.db: none\nFixed since base.db: none\nStill present: 1\n"
                    + "  leaked-coroutine: app.py:10: main: coroutine load was created but never awaited\n")
    }
}
