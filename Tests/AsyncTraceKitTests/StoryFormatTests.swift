import AsyncTraceKit
import Foundation
import Testing

/// Every role of a finding's story, recorded from one real program, in every format: JSON and SARIF (schema
/// validated, with a code flow), CSV's related column, the text under the finding, the HTML report's story.
@Suite struct StoryFormatTests {
    /// A program with each story: a coroutine never awaited, a task cancelled after it failed (CPython then
    /// says nothing), a gather() child whose failure gather discards, and a task collected while pending.
    static let program = """
        import asyncio
        import gc


        async def save(record):
            await asyncio.sleep(0)


        async def fail(message):
            await asyncio.sleep(0)
            raise ValueError(message)


        async def fail_later():
            await asyncio.sleep(0.01)
            raise KeyError("second")


        async def wait_forever():
            await asyncio.get_running_loop().create_future()


        def sweep():
            gc.collect()


        async def main():
            save("draft")
            task = asyncio.ensure_future(fail("bad input"))
            await asyncio.sleep(0.01)
            task.cancel()
            try:
                await asyncio.gather(fail("first"), fail_later())
            except ValueError:
                pass
            await asyncio.sleep(0.02)
            asyncio.ensure_future(wait_forever())
            await asyncio.sleep(0)
            del task
            sweep()


        asyncio.run(main())
        """

    /// The expected story of each finding, keyed by its "file:line": "role line" of each related place (line 0:
    /// a place without a file, such as the thread a loop runs on).
    static let stories: [String: [String]] = [
        "app.py:28": ["coroutine created 28", "async def 5"],
        "app.py:29": ["task created 29", "cancel() called by task Task-1 (main) after it had failed 31",
                      "raised ValueError: bad input 11"],
        "app.py:33": ["task created 33", "raised KeyError: 'second' 16"],
        "app.py:37": ["task created 37", "garbage-collected while running 24"],
    ]

    /// The same for every example of examples/all.py: one story per rule.
    static let exampleStories: [String: [String]] = [
        "examples/cancel_then_close.py:12": ["task created 12", "cancel() called 14", "left waiting 8", "loop closed 15"],
        "examples/cross_loop_future.py:15": ["the loop that used it created 20", "the loop it belongs to created 10"]
            + (Recordings.python3Before312 ? ["Future created 6"] : []),
        "examples/cross_thread_call.py:9": ["called 9", "loop created 22", "loop runs 0"],
        "examples/exception_never_retrieved.py:11": ["task created 11", "raised ConnectionError: backend down 7"],
        "examples/leaked_coroutine.py:11": ["coroutine created 11", "async def 5"],
        "examples/pending_at_close.py:11": ["task created 11", "left waiting 7", "loop closed 13"],
        "examples/task_destroyed_pending.py:12": ["task created 12", "garbage-collected while running 14"],
        "examples/asyncgen_not_closed.py:16": ["first iterated 16", "finalized while running 18"],
        "examples/blocking_callback.py:18": ["task created 23", "stuck 7", "caller 18"],
        "examples/closed_loop_call.py:11": ["called 11", "loop closed 18"],
        "examples/transport_left_open.py:17": ["loop closed 25"],
        "examples/task_left_running.py:12": ["task created 12", "cancel() called 16", "left waiting 7"],
        "examples/deadlock.py:12": ["Task-2 (transfer) waits for a Lock held by Task-3 (transfer) 12", "Lock created 17",
                                    "Task-3 (transfer) waits for a Lock held by Task-2 (transfer) 12", "Lock created 17",
                                    "task Task-2 (transfer) created 18", "task Task-3 (transfer) created 18"],
        "examples/stalled_await.py:24": ["Task-1 (main) waits for an item of a Queue (empty, unbounded) 24", "awaited 30",
                                         "Queue created 28", "task Task-1 (main) created 39"],
    ]

    enum Recording: String, CaseIterable, Sendable {
        case program, examples

        var stories: [String: [String]] { self == .program ? StoryFormatTests.stories : StoryFormatTests.exampleStories }

        /// The trace, and the directory to read it from.
        func trace() throws -> (directory: String, trace: String) {
            switch self {
            case .program: try StoryFormatTests.recorded.get()
            case .examples: (Checkout.root, try Recordings.trace(of: "all.py"))
            }
        }

        func analyze(_ format: String) throws -> String {
            let (directory, trace) = try trace()
            let result = try asynctrace(["analyze", trace, "--format", format], in: directory)
            #expect(result.status == 1, "analyze failed: \(result.stderr)")
            return result.stdout
        }

        func findings() throws -> [Finding] {
            try JSONDecoder().decode([Finding].self, from: Data(try analyze("json").utf8))
        }
    }

    static let recorded = Result { () throws -> (directory: String, trace: String) in
        let directory = Checkout.scratchFile("stories")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try program.write(toFile: "\(directory)/app.py", atomically: true, encoding: .utf8)
        let trace = "\(directory)/trace.db"
        let record = try asynctrace(["record", "-o", trace, "--", "python3", "app.py"], in: directory)
        guard record.status == 0 else { throw RecordingFailed(example: "stories", stderr: record.stderr) }
        return (directory, trace)
    }

    static func key(_ finding: Finding) -> String { "\(finding.file ?? ""):\(finding.line ?? 0)" }

    @Test(arguments: Recording.allCases)
    func jsonHasEveryRoleOfEveryStory(_ recording: Recording) throws {
        let findings = try recording.findings()
        #expect(Dictionary(uniqueKeysWithValues: findings.map { finding in
            (Self.key(finding), finding.related.map { "\($0.role) \($0.line ?? 0)" })
        }) == recording.stories)
        for finding in findings {
            #expect(finding.related.allSatisfy { $0.file.map { !$0.hasPrefix("/") } ?? true }, "absolute path in \(finding)")
        }
    }

    @Test func messagesSayWhatCPythonDidNot() throws {
        let findings = try Recording.program.findings()
        let silenced = try #require(findings.first { $0.line == 29 })
        #expect(silenced.message == "task Task-2 (fail) failed with ValueError: bad input and nobody retrieved the "
            + "exception; cancel() at app.py:31 was called after it had failed, which silences CPython's own report")
        let discarded = try #require(findings.first { $0.line == 33 })
        #expect(discarded.message.hasSuffix("gather() discarded it because another awaitable had failed first, and "
            + "nothing else could see it"))
    }

    @Test(arguments: Recording.allCases)
    func sarifIsValidAndTellsEachStoryAsRelatedLocationsAndACodeFlow(_ recording: Recording) throws {
        let sarif = Checkout.scratchFile("stories-\(recording).sarif")
        try recording.analyze("sarif").write(toFile: sarif, atomically: true, encoding: .utf8)
        let errors = try AnalyzeFormatTests.python("""
            import json, sys
            from jsonschema import Draft7Validator
            validator = Draft7Validator(json.load(open(sys.argv[1])))
            print(json.dumps([f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(json.load(open(sys.argv[2])))]))
            """, [AnalyzeFormatTests.sarifSchema, sarif]) as? [String]
        #expect(errors == [])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sarif)))
            as? [String: Any])
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.count == recording.stories.count)
        for result in results {
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let line = (location?["region"] as? [String: Int])?["startLine"] ?? 0
            let file = (location?["artifactLocation"] as? [String: String])?["uri"] ?? ""
            let story = try #require(recording.stories["\(file):\(line)"]).filter { !$0.hasSuffix(" 0") }
            // The code flow has every place in order, the blamed line included where it is one of them; for tasks
            // stuck on awaits, a thread flow per task with its await chain, innermost first.
            let chains = Self.awaitChains(story)
            let flows = ((result["codeFlows"] as? [[String: Any]])?.first?["threadFlows"] as? [[String: Any]]) ?? []
            #expect(flows.count == (chains.isEmpty ? (story.count >= 2 ? 1 : 0) : chains.count))
            for (flow, expected) in zip(flows, chains.isEmpty ? [story] : chains) {
                let steps = (flow["locations"] as? [[String: Any]]) ?? []
                #expect(steps.count == expected.count)
                let texts = steps.compactMap { (($0["location"] as? [String: Any])?["message"] as? [String: String])?["text"] }
                for (text, expected) in zip(texts, expected) {
                    #expect(text.hasPrefix(expected.split(separator: " ").dropLast().joined(separator: " ")))
                }
            }
            // relatedLocations leave out the blamed line itself.
            let related = (result["relatedLocations"] as? [[String: Any]]) ?? []
            #expect(related.count == story.count - story.filter { $0.hasSuffix(" \(line)") }.count)
        }
    }

    /// The await chains of a story ("role line" each), a chain's first step saying "<task> waits for ...".
    static func awaitChains(_ story: [String]) -> [[String]] {
        var chains: [[String]] = []
        for place in story {
            if place.contains(" waits for ") { chains.append([place]) } else if place.hasPrefix("awaited ") { chains[chains.count - 1].append(place) }
        }
        return chains
    }

    /// Each place's text ("role at file:line (function) ..."), as CSV, text and HTML show them.
    static func places(_ findings: [Finding]) -> [String] { findings.flatMap { $0.related.map(\.text) } }

    @Test(arguments: Recording.allCases)
    func csvAndTextCarryTheStory(_ recording: Recording) throws {
        let findings = try recording.findings()
        let csv = try recording.analyze("csv")
        let text = try recording.analyze("text")
        #expect(Self.places(findings).count == recording.stories.values.map(\.count).reduce(0, +))
        for place in findings.flatMap(\.related) {
            #expect(csv.contains(place.text), "CSV lacks \(place.text)")
            // A step of an await chain after its first is indented under it.
            let indent = place.role == RelatedLocation.awaited ? "        " : "      "
            #expect(text.contains("\n" + indent + place.text + "\n"), "the text lacks \(place.text)")
        }
    }

    @Test(arguments: Recording.allCases)
    func theReportShowsEveryStory(_ recording: Recording) throws {
        let (directory, trace) = try recording.trace()
        let findings = try recording.findings()
        let report = try ReportTests.report(trace, in: directory)
        // The report lists findings in analyze's order; #finding=K opens the K-th.
        for (index, finding) in findings.enumerated() {
            let page = try Browser.load("file://\(report)#finding=\(index)")
            for place in finding.related.map(\.text) {
                // As the DOM serializes text.
                let shown = place.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                    .replacingOccurrences(of: ">", with: "&gt;")
                #expect(page.dom.contains(shown), "the story of \(Self.key(finding)) lacks \(place)")
            }
        }
    }
}
