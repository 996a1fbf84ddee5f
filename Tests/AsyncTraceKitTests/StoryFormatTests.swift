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

    /// The expected story of each finding, keyed by its line: (role, line) of each related place.
    static let stories: [Int64: [String]] = [
        28: ["coroutine created 28", "async def 5"],
        29: ["task created 29", "cancel() called by task Task-1 (main) after it had failed 31",
             "raised ValueError: bad input 11"],
        33: ["task created 33", "raised KeyError: 'second' 16"],
        37: ["task created 37", "garbage-collected while running 24"],
    ]

    static let recorded = Result { () throws -> (directory: String, trace: String) in
        let directory = Checkout.scratchFile("stories")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try program.write(toFile: "\(directory)/app.py", atomically: true, encoding: .utf8)
        let trace = "\(directory)/trace.db"
        let record = try asynctrace(["record", "-o", trace, "--", "python3", "app.py"], in: directory)
        guard record.status == 0 else { throw RecordingFailed(example: "stories", stderr: record.stderr) }
        return (directory, trace)
    }

    static func analyze(_ format: String) throws -> String {
        let (directory, trace) = try recorded.get()
        let result = try asynctrace(["analyze", trace, "--format", format], in: directory)
        #expect(result.status == 1, "analyze failed: \(result.stderr)")
        return result.stdout
    }

    @Test func jsonHasEveryRoleOfEveryStory() throws {
        let findings = try JSONDecoder().decode([Finding].self, from: Data(try Self.analyze("json").utf8))
        #expect(Dictionary(uniqueKeysWithValues: findings.map { finding in
            (finding.line ?? 0, finding.related.map { "\($0.role) \($0.line ?? 0)" })
        }) == Self.stories)
        #expect(findings.allSatisfy { $0.related.allSatisfy { $0.file == "app.py" } })
        let silenced = try #require(findings.first { $0.line == 29 })
        #expect(silenced.message == "task Task-2 (fail) failed with ValueError: bad input and nobody retrieved the "
            + "exception; cancel() at app.py:31 was called after it had failed, which silences CPython's own report")
        let discarded = try #require(findings.first { $0.line == 33 })
        #expect(discarded.message.hasSuffix("gather() discarded it because another awaitable had failed first, and "
            + "nothing else could see it"))
    }

    @Test func sarifIsValidAndTellsEachStoryAsRelatedLocationsAndACodeFlow() throws {
        let sarif = Checkout.scratchFile("stories.sarif")
        try Self.analyze("sarif").write(toFile: sarif, atomically: true, encoding: .utf8)
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
        for result in results {
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let line = Int64((location?["region"] as? [String: Int])?["startLine"] ?? 0)
            let story = try #require(Self.stories[line])
            // The code flow has every place in order, the blamed line included where it is one of them.
            let flow = (result["codeFlows"] as? [[String: Any]])?.first?["threadFlows"] as? [[String: Any]]
            let steps = (flow?.first?["locations"] as? [[String: Any]]) ?? []
            #expect(steps.count == story.count)
            let texts = steps.compactMap { (($0["location"] as? [String: Any])?["message"] as? [String: String])?["text"] }
            for (text, expected) in zip(texts, story) {
                #expect(text.hasPrefix(expected.split(separator: " ").dropLast().joined(separator: " ")))
            }
            // relatedLocations leave out the blamed line itself.
            let related = (result["relatedLocations"] as? [[String: Any]]) ?? []
            #expect(related.count == story.count - 1)
        }
    }

    @Test func csvAndTextCarryTheStory() throws {
        let csv = try Self.analyze("csv")
        let text = try Self.analyze("text")
        for role in ["cancel() called by task Task-1 (main) after it had failed at app.py:31 (main)",
                     "raised ValueError: bad input at app.py:11 (fail)", "async def at app.py:5 (save)",
                     "garbage-collected while running at app.py:24 (sweep)", "raised KeyError: 'second' at app.py:16"] {
            #expect(csv.contains(role), "CSV lacks \(role)")
            #expect(text.contains("      " + role), "the text lacks \(role)")
        }
    }

    @Test func theReportShowsTheStoryOfTheTaskCancelledAfterItFailed() throws {
        let (directory, trace) = try Self.recorded.get()
        let findings = try Recordings.findings(in: trace)
        let task = try #require(findings.first { $0.line == 29 }?.task)
        let page = try Browser.load("file://" + (try ReportTests.report(trace, in: directory)) + "#task=\(task)")
        for fact in ["cancel() called by task Task-1 (main) after it had failed at app.py:31 (main)",
                     "raised ValueError: bad input at app.py:11 (fail)"] {
            #expect(page.dom.contains(fact), "the story lacks \(fact)")
        }
    }
}
