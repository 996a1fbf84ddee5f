import AsyncTraceKit
import Foundation
import Testing

/// The command line as scripts see it: exit codes, one-line errors, output formats and files.
@Suite struct CLITests {
    // MARK: analyze

    @Test func analyzeExitsZeroWithoutFindingsAndOneWithFindings() throws {
        let clean = try asynctrace("analyze", try Recordings.trace(of: "leaked_coroutine_fixed.py"))
        #expect((clean.status, clean.stdout, clean.stderr) == (0, "No findings.\n", ""))

        let leaky = try asynctrace("analyze", try Recordings.trace(of: "leaked_coroutine.py"))
        #expect(leaky.status == 1)
        let rule = LeakedCoroutine.description
        #expect(leaky.stdout == """
            leaked-coroutine: \(rule.title) (error)
              fix: \(rule.fix)
              examples/leaked_coroutine.py:11: main: coroutine save was created but never awaited
                  coroutine created at examples/leaked_coroutine.py:11 (main)
                  async def at examples/leaked_coroutine.py:5 (save)

            1 finding (1 leaked-coroutine)

            """)
    }

    /// The recorder reports every block of its loop from its own threshold up; analyze can ask for longer ones.
    @Test func analyzeReportsOnlyBlocksAsLongAsAsked() throws {
        let trace = try Recordings.trace(of: "blocking_callback.py")
        let all = try asynctrace("analyze", trace, "--format", "json")
        let held = try JSONDecoder().decode([Finding].self, from: Data(all.stdout.utf8))
        #expect(held.map(\.rule) == ["blocking-callback"])
        #expect(try asynctrace("analyze", trace, "--slow-ms", "250").status == 1)
        let longer = try asynctrace("analyze", trace, "--slow-ms", "5000")
        #expect((longer.status, longer.stdout) == (0, "No findings.\n"))
    }

    @Test func analyzeChecksOnlyTheRulesAsked() throws {
        let trace = try Recordings.trace(of: "leaked_coroutine.py")
        #expect(try asynctrace("analyze", trace, "--rule", "pending-at-close").status == 0)
        let both = try asynctrace("analyze", trace, "--rule", "pending-at-close", "--rule", "leaked-coroutine")
        #expect(both.status == 1)
    }

    @Test(arguments: [
        ["analyze", "TRACE", "--rule", "no-such-rule"],
        ["analyze", "TRACE", "--format", "xml"],
        ["analyze", "TRACE", "--bogus"],
        ["analyze"],
        ["export", "TRACE", "--table", "meta"],
        ["export", "TRACE"],
        ["export", "TRACE", "--format", "perfetto", "--table", "tasks"],
        ["rules", "--output-dir", "x"],
        ["record", "-o", "x.db"],
        ["record", "python3", "-V"],
        ["record", "--level", "tiny", "-o", "x.db", "--", "python3", "-V"],
        ["frobnicate"],
    ])
    func usageErrorsExitTwoWithOneLine(_ arguments: [String]) throws {
        let trace = try Recordings.trace(of: "leaked_coroutine_fixed.py")
        let result = try asynctrace(arguments.map { $0 == "TRACE" ? trace : $0 })
        #expect(result.status == 2)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("asynctrace: error: "))
    }

    @Test func unknownRuleErrorListsTheRules() throws {
        let result = try asynctrace("analyze", try Recordings.trace(of: "leaked_coroutine.py"), "--rule", "nope")
        #expect(result.stderr.contains("'nope'") && result.stderr.contains("cancelled-unfinished"))
    }

    @Test func jsonFindingsHaveEveryKey() throws {
        let trace = try Recordings.trace(of: "pending_at_close.py")
        let result = try asynctrace("analyze", trace, "--format", "json")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count == 1)
        let keys = ["rule", "severity", "message", "file", "line", "function", "object", "test", "pid", "loop",
                    "thread", "task", "timestamp_ns", "stack", "related", "detail", "traces"]
        #expect(objects.first.map { Set($0.keys) } == Set(keys))
        // Which trace saw it, with its Python and host (CI shards read as one name theirs).
        let traces = try #require(objects.first?["traces"] as? [[String: Any]])
        #expect(traces.count == 1 && traces[0]["trace"] as? String == trace)
        #expect((traces[0]["python"] as? String)?.hasPrefix("3.") == true)
        var name = [CChar](repeating: 0, count: 256)
        #expect(gethostname(&name, name.count) == 0)
        #expect(traces[0]["host"] as? String == String(cString: name))
        // The story: where the task was made, where it was left waiting, where its loop closed.
        let related = try #require(objects.first?["related"] as? [[String: Any]])
        #expect(related.map { "\($0["role"] ?? "") \($0["line"] ?? "")" } == [
            "task created 11", "left waiting 7", "loop closed 13",
        ])
        #expect(related.allSatisfy { Set($0.keys) == ["role", "file", "line", "function", "task", "loop", "thread", "test"] })
        #expect(objects.first?["test"] is NSNull)
        #expect(objects.first?["file"] as? String == "examples/pending_at_close.py")
    }

    @Test func pathsOutsideTheCurrentDirectoryStayAbsolute() throws {
        let trace = try Recordings.trace(of: "leaked_coroutine.py")
        let result = try asynctrace(["analyze", trace, "--format", "json"], in: Checkout.scratch)
        let findings = try JSONDecoder().decode([Finding].self, from: Data(result.stdout.utf8))
        #expect(findings.map(\.file) == [Checkout.example("leaked_coroutine.py")])
    }

    @Test func outputGoesToTheFileGiven() throws {
        let trace = try Recordings.trace(of: "leaked_coroutine.py")
        let report = Checkout.scratchFile("report.json")
        let toFile = try asynctrace("analyze", trace, "--format", "json", "-o", report)
        #expect((toFile.status, toFile.stdout) == (1, ""))
        let toStdout = try asynctrace("analyze", trace, "--format", "json")
        #expect(try String(contentsOfFile: report, encoding: .utf8) == toStdout.stdout)
    }

    @Test func theReportNeverOverwritesTheTrace() throws {
        let trace = Checkout.scratchFile("keep.db")
        try FileManager.default.copyItem(atPath: try Recordings.trace(of: "leaked_coroutine.py"), toPath: trace)
        let before = try Data(contentsOf: URL(fileURLWithPath: trace))
        let result = try asynctrace("analyze", trace, "-o", trace)
        #expect(result.status == 2 && result.stderrLines.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: trace)) == before)
    }

    // MARK: record

    @Test(arguments: [("import sys; sys.exit(3)", 3),
                      ("import os, signal; os.kill(os.getpid(), signal.SIGTERM)", 128 + 15),
                      ("pass", 0)] as [(String, Int32)])
    func recordPassesTheExitStatusThrough(code: String, status: Int32) throws {
        let trace = Checkout.scratchFile("status.db")
        let result = try asynctrace("record", "-o", trace, "--", "python3", "-c", code)
        #expect(result.status == status)
        #expect(result.stderrLines.last?.hasPrefix("asynctrace: trace written to \(trace): 1 process, ") == true)
    }

    @Test func recordReplacesAnOldTraceAndSummarises() throws {
        let trace = Checkout.scratchFile("replace.db")
        #expect(try asynctrace("record", "-o", trace, "--", "python3", "-c", "pass").status == 0)
        try "old wal".write(toFile: trace + "-wal", atomically: false, encoding: .utf8)
        let result = try asynctrace("record", "-o", trace, "--", "python3", Checkout.example("leaked_coroutine.py"))
        #expect(result.status == 0)
        let counts = try Trace(path: trace).counts()
        #expect(result.stderrLines.last == """
            asynctrace: trace written to \(trace): 1 process, \(counts.tasks) tasks, \(counts.events) events, \
            1 finding (see: asynctrace analyze \(trace))
            """)
        #expect(try asynctrace("analyze", trace).status == 1)
    }

    @Test func recordAtTheLeanLevelCountsThePlainTasks() throws {
        let trace = Checkout.scratchFile("record-lean.db")
        let code = """
            import asyncio

            async def plain(i):
                await asyncio.sleep(0)

            async def main():
                await asyncio.gather(*(plain(i) for i in range(50)))

            asyncio.run(main())
            """
        let result = try asynctrace("record", "--level", "lean", "-o", trace, "--", "python3", "-c", code)
        #expect(result.status == 0, "\(result.stderr)")
        let opened = try Trace(path: trace)
        let counts = try opened.counts(), counted = try opened.countedTasks()
        #expect(counted >= 50 && counts.tasks < 5)  // main and asyncio.run's own tasks may be stored
        #expect(result.stderrLines.last == """
            asynctrace: trace written to \(trace): 1 process, \(counts.tasks) task\(counts.tasks == 1 ? "" : "s") \
            (and \(counted) counted, not stored: lean level), \(counts.events) event\(counts.events == 1 ? "" : "s"), \
            0 findings
            """)
        let tasks = try asynctrace("tasks", trace)
        #expect(tasks.stderr.contains("asynctrace: and \(counted) tasks that ended with a result, counted, not stored "
            + "(recorded at the lean level): not listed\n"))
        #expect(try !asynctrace("tasks", trace, "--state", "pending").stderr.contains("counted"))

        #expect(try asynctrace("record", "-o", trace, "--", "python3", "-c", code).status == 0)
        #expect(try Trace(path: trace).countedTasks() == 0)
    }

    @Test func recordRunsNoShell() throws {
        let trace = Checkout.scratchFile("argv.db")
        let marker = Checkout.scratchFile("argv.txt")
        let code = "import sys; open(sys.argv[1], 'w').write(repr(sys.argv[2:]))"
        let arguments = ["$HOME; *", "-o", "--help"]
        #expect(try asynctrace(["record", "-o", trace, "--", "python3", "-c", code, marker] + arguments).status == 0)
        #expect(try String(contentsOfFile: marker, encoding: .utf8) == "['$HOME; *', '-o', '--help']")
    }

    @Test func recordHelpIsHelp() throws {
        let result = try asynctrace("record", "--help")
        #expect(result.status == 0 && result.stdout.contains("USAGE: asynctrace record"))
    }

    @Test func recordReportsAMissingCommand() throws {
        let result = try asynctrace("record", "-o", Checkout.scratchFile("none.db"), "--", "no-such-command-xyz")
        #expect(result.status == 127)
        #expect(result.stderr == "asynctrace: error: command not found: no-such-command-xyz\n")
    }

    @Test func recordReportsAMissingRecorder() throws {
        let result = try asynctrace(["record", "-o", Checkout.scratchFile("none.db"), "--", "python3", "-c", "pass"],
                                    environment: ["ASYNCTRACE_RECORDER_PATH": "/nonexistent"])
        #expect(result.status == 2)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("ASYNCTRACE_RECORDER_PATH=/nonexistent"))
    }

    @Test func recordWithoutPythonSaysNoTraceWasWritten() throws {
        let trace = Checkout.scratchFile("true.db")
        let result = try asynctrace("record", "-o", trace, "--", "true")
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("asynctrace: no trace was written to \(trace)"))
    }

    // MARK: rules

    @Test func rulesListsTheCatalogue() throws {
        let result = try asynctrace("rules")
        #expect(result.status == 0)
        for rule in Rule.all {
            let severity = rule.description.severity.rawValue
            #expect(result.stdout.contains("\(rule.id) (\(severity)): \(rule.description.title)"))
        }
        let markdown = try asynctrace("rules", "--format", "markdown")
        #expect(markdown.stdout.components(separatedBy: "\n## What it does\n").count == Rule.all.count + 1)
    }
}
