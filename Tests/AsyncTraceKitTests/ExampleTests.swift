import AsyncTraceKit
import Foundation
import Testing

extension Rule: CustomTestStringConvertible {
    public var testDescription: String { id }
}

/// Each rule's example programs, recorded with the real recorder: the triggering one yields exactly that
/// rule's findings, on the lines marked `# asynctrace: expect <rule-id>`; the fixed one yields none.
@Suite struct ExampleTests {
    /// "examples/<file>:<line>" of every marker for `rule` in `file`.
    static func expectedLocations(_ rule: Rule, in file: String) throws -> [String] {
        let source = try String(contentsOfFile: Checkout.example(file), encoding: .utf8)
        return source.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            line.hasSuffix("# asynctrace: expect \(rule.id)") ? "examples/\(file):\(index + 1)" : nil
        }
    }

    @Test(arguments: Rule.all)
    func triggeringExampleGivesThatRulesFindings(_ rule: Rule) throws {
        let example = rule.description.triggeringExample
        let expected = try Self.expectedLocations(rule, in: example)
        try #require(!expected.isEmpty, "examples/\(example) has no '# asynctrace: expect \(rule.id)' marker")
        let findings = try Recordings.findings(in: Recordings.trace(of: example))
        #expect(findings.map(\.rule) == Array(repeating: rule.id, count: findings.count))
        #expect(findings.map { "\($0.file ?? "?"):\($0.line ?? 0)" }.sorted() == expected.sorted())
        for finding in findings {
            #expect(finding.severity == rule.description.severity)
            #expect(finding.pid != nil && finding.function != nil && !finding.stack.isEmpty)
        }
    }

    @Test(arguments: Rule.all)
    func fixedExampleGivesNoFindings(_ rule: Rule) throws {
        let findings = try Recordings.findings(in: Recordings.trace(of: rule.description.nonTriggeringExample))
        #expect(findings == [])
    }

    @Test func findingNamesThePytestTestThatRanIt() throws {
        let directory = Checkout.scratchFile("pytest")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try """
            import asyncio

            async def save():
                await asyncio.sleep(0)

            def test_forgets_await():
                async def main():
                    save()
                asyncio.run(main())
            """.write(toFile: "\(directory)/test_leak.py", atomically: true, encoding: .utf8)
        let record = try asynctrace(["record", "-o", "trace.db", "--", "python3", "-m", "pytest", "-q",
                                     "-p", "no:cacheprovider", "test_leak.py"], in: directory)
        #expect(record.status == 0, "pytest failed: \(record.stdout)")
        let analyze = try asynctrace(["analyze", "trace.db", "--format", "json"], in: directory)
        let findings = try JSONDecoder().decode([Finding].self, from: Data(analyze.stdout.utf8))
        #expect(findings.map(\.rule) == ["leaked-coroutine"])
        #expect(findings.first?.test == "test_leak.py::test_forgets_await")
        #expect(findings.first?.file == "test_leak.py")
        #expect(findings.first?.line == 8)
    }
}
