import AsyncTraceKit
import Foundation
import Testing

/// `analyze --format sarif` and `--format junit`, checked with the formats' own tools: the SARIF 2.1.0 JSON
/// schema (python3 jsonschema) and an XML parser (python3 ElementTree).
@Suite struct AnalyzeFormatTests {
    /// The schema as published by OASIS, kept in the checkout so that a clone tests on its own.
    static let sarifSchema = "\(Checkout.root)/Tests/Data/sarif-schema-2.1.0.json"

    /// Runs a python3 script with `arguments`; its stdout is JSON.
    static func python(_ script: String, _ arguments: [String]) throws -> Any {
        let result = try runCommand("/usr/bin/env", ["python3", "-c", script] + arguments, in: Checkout.scratch)
        guard result.status == 0 else { throw RecordingFailed(example: "python3 script", stderr: result.stderr) }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    /// The JSON renderer streams, but writes what JSONEncoder writes for Finding's Encodable conformance.
    @Test func jsonIsLaidOutAsJSONEncoderWouldWriteIt() throws {
        let findings = [
            Finding(rule: "leaked-coroutine", severity: .error, message: "quote \" backslash \\ slash / <tag> & é 😀",
                    file: "/src/a.py", line: 3, function: "f", object: "tab\tnew\nline\r\u{1}\u{1F}\u{7F}\u{8}\u{C}",
                    test: "t::x[1]", pid: -1, loop: Int64.max, thread: "\u{2028}", task: Int64.min, timestampNs: 0,
                    stack: ["/src/a.py:3:f", ""]),
            Finding(rule: "pending-at-close", severity: .warning, message: ""),
        ]
        for findings in [findings, []] {
            let path = Checkout.scratchFile("findings.json")
            let output = try OutputFile.create(path)
            try JSONRenderer.render(findings, to: output)
            try output.flush()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let expected = String(decoding: try encoder.encode(findings), as: UTF8.self) + "\n"
            #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        }
    }

    /// 50,000 tasks pending at close and 50,000 leaked coroutines from 50 sites, made once.
    static let hundredThousandFindings = Result { try TraceFiles.make(TraceFiles.basics + """
        INSERT INTO sites (id, file, line, function, stack)
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 49)
            SELECT 100 + i, '/src/module_' || i || '.py', i + 1, 'handler_' || i, '/src/main.py:1:<module>' FROM n;
        INSERT INTO tasks (id, process_id, loop_id, name, coro_qualname, site_id, thread_id, created_ns)
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
            SELECT i, 1, 20, 'Task-' || i, 'poll', 100 + i % 50, 10, i FROM n;
        INSERT INTO events (ts, kind, process_id, loop_id, task_id, arg)
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
            SELECT 100000 + i, 13, 1, 20, i, 0 FROM n;
        INSERT INTO events (ts, kind, process_id, site_id, detail)
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
            SELECT 200000 + i, 20, 1, 100 + i % 50, 'save' FROM n;
        """, name: "100k-findings.db") }

    @Test(arguments: ["text", "json", "csv", "sarif", "junit"])
    func aHundredThousandFindings(format: String) throws {
        let start = Date()
        let result = try runCommand(Checkout.binary, ["analyze", try Self.hundredThousandFindings.get(), "--format", format],
                                    in: Checkout.root, timeout: 120)
        #expect(result.status == 1 && result.brokenPromise == nil, "\(result.brokenPromise ?? "")")
        // A debug build, on a busy machine; a release build takes at most 2 s.
        #expect(Date().timeIntervalSince(start) < 30, "took \(Date().timeIntervalSince(start)) s")
        // Decoded into plain structs: Foundation objects for the whole document would take gigabytes.
        struct Log: Decodable {
            struct Run: Decodable { var results: [Result] }
            struct Result: Decodable { var ruleId: String }
            var runs: [Run]
        }
        let output = result.stdout
        switch format {
        case "text": #expect(output.hasSuffix("\n100000 findings (50000 leaked-coroutine, 50000 pending-at-close)\n"))
        case "json": #expect(try JSONDecoder().decode([Finding].self, from: Data(output.utf8)).count == 100_000)
        case "csv": #expect(output.utf8.count { $0 == UInt8(ascii: "\r") } == 1 + 100_000)
        case "sarif": #expect(try JSONDecoder().decode(Log.self, from: Data(output.utf8)).runs.first?.results.count == 100_000)
        default: #expect(output.contains("<testsuite name=\"asynctrace\" tests=\"1\" failures=\"1\""))
        }
    }

    @Test func sarifValidatesAgainstTheSchema() throws {
        try #require(FileManager.default.fileExists(atPath: Self.sarifSchema), "\(Self.sarifSchema) is missing")
        let trace = try Recordings.trace(of: "all.py")
        let sarif = Checkout.scratchFile("findings.sarif")
        let result = try asynctrace("analyze", trace, "--format", "sarif", "-o", sarif, "--root", Checkout.root)
        #expect(result.status == 1)
        let errors = try Self.python("""
            import json, sys
            from jsonschema.validators import validator_for
            schema = json.load(open(sys.argv[1]))
            validator = validator_for(schema)(schema)
            print(json.dumps([f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(json.load(open(sys.argv[2])))]))
            """, [Self.sarifSchema, sarif]) as? [String]
        #expect(errors == [])

        let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sarif)))
            as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"]
            as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == Rule.all.map(\.id))
        for (rule, descriptor) in zip(Rule.all, rules) {
            let help = descriptor["help"] as? [String: Any]
            #expect((help?["text"] as? String)?.contains(rule.description.fix) == true)
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == Rule.all.count)
        let root = (run["originalUriBaseIds"] as? [String: [String: String]])?["%SRCROOT%"]?["uri"]
        #expect(root == URL(fileURLWithPath: Checkout.root + "/").absoluteString)
        for result in results {
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let artifact = location?["artifactLocation"] as? [String: String]
            #expect(artifact?["uriBaseId"] == "%SRCROOT%")
            #expect(artifact?["uri"]?.hasPrefix("examples/") == true)
            #expect(((location?["region"] as? [String: Int])?["startLine"] ?? 0) > 0)
        }
        // The story of the task left pending: its related places, each with its role as the message.
        let pending = try #require(results.first { $0["ruleId"] as? String == "pending-at-close" })
        let related = try #require(pending["relatedLocations"] as? [[String: Any]])
        #expect(related.compactMap { ($0["message"] as? [String: String])?["text"] } == [
            "left waiting at examples/pending_at_close.py:7 (poll)",
            "loop closed at examples/pending_at_close.py:13 (<module>)",
        ])
    }

    @Test func sarifPathsOutsideTheRootAreAbsoluteURIs() throws {
        let trace = try Recordings.trace(of: "leaked_coroutine.py")
        let result = try asynctrace("analyze", trace, "--format", "sarif", "--root", Checkout.scratch)
        #expect(result.stdout.contains("\"uri\" : \"file://\(Checkout.root)/examples/leaked_coroutine.py\""))
        #expect(!result.stdout.contains("\"uriBaseId\""))
    }

    static let junitSummary = """
        import json, sys
        import xml.etree.ElementTree as ET
        root = ET.parse(sys.argv[1]).getroot()
        suite = root.find("testsuite")
        cases = [{"name": c.get("name"), "classname": c.get("classname"), "file": c.get("file"),
                  "failures": len(c.findall("failure")), "text": "".join(f.text or "" for f in c.findall("failure"))}
                 for c in suite.findall("testcase")]
        print(json.dumps({"tests": int(suite.get("tests")), "failures": int(suite.get("failures")),
                          "outer": [int(root.get("tests")), int(root.get("failures"))], "cases": cases}))
        """

    @Test func junitHasATestcasePerPytestTestFailedByItsFindings() throws {
        let trace = try Recordings.pytestRun.get()
        let xml = Checkout.scratchFile("junit.xml")
        #expect(try asynctrace("analyze", trace, "--format", "junit", "-o", xml).status == 1)
        let summary = try #require(try Self.python(Self.junitSummary, [xml]) as? [String: Any])
        let cases = try #require(summary["cases"] as? [[String: Any]])
        #expect(summary["tests"] as? Int == 3 && summary["failures"] as? Int == 2)
        #expect(summary["outer"] as? [Int] == [3, 2])
        let failures = Dictionary(uniqueKeysWithValues: cases.map { ($0["name"] as? String ?? "", $0["failures"] as? Int) })
        #expect(failures == ["test_leaks_a_task_named_like_markup": 1, "test_forgets_await": 1, "test_clean": 0])
        #expect(cases.allSatisfy { $0["classname"] as? String == "test_report" && $0["file"] as? String == "test_report.py" })
        let markup = cases.first { $0["name"] as? String == "test_leaks_a_task_named_like_markup" }?["text"] as? String
        #expect(markup?.contains(Recordings.markupName) == true)
    }

    @Test func junitKeepsFindingsOutsideTestsAndCharactersXMLCannotHold() throws {
        let trace = try TraceFiles.make(TraceFiles.basics + """
            INSERT INTO tests (id, process_id, nodeid, outcome, start_ns, end_ns)
                VALUES (1, 1, 'tests/test_a.py::TestA::test_b[x]', 'passed', 0, 2500000000);
            INSERT INTO sites (id, file, line, function) VALUES (100, '/src/a.py', 3, 'f');
            INSERT INTO tasks (id, process_id, loop_id, name, site_id, test_id, created_ns)
                VALUES (1, 1, 20, 'bell' || char(7) || 'name', 100, 1, 5);
            INSERT INTO events (ts, kind, process_id, loop_id, task_id, arg) VALUES (10, 13, 1, 20, 1, 0);
            INSERT INTO events (ts, kind, process_id, site_id, detail) VALUES (20, 20, 1, 100, 'save');
            """)
        let xml = Checkout.scratchFile("junit.xml")
        #expect(try asynctrace("analyze", trace, "--format", "junit", "-o", xml).status == 1)
        let summary = try #require(try Self.python(Self.junitSummary, [xml]) as? [String: Any])
        let cases = try #require(summary["cases"] as? [[String: Any]])
        #expect(summary["tests"] as? Int == 2 && summary["failures"] as? Int == 2)
        #expect(cases.first?["classname"] as? String == "tests.test_a.TestA")
        #expect(cases.first?["name"] as? String == "test_b[x]")
        #expect((cases.first?["text"] as? String)?.contains("bell\u{FFFD}name") == true)
        #expect(cases.last?["name"] as? String == "outside tests")
        #expect(try String(contentsOfFile: xml, encoding: .utf8).contains("time=\"2.500\""))
    }
}
