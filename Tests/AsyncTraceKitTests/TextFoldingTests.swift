import AsyncTraceKit
import Foundation
import Testing

/// The text output folds identical findings (same rule, file, line and message) into one entry with a count:
/// a leak in a helper that every test calls is one entry, not one per call. The machine formats keep one
/// record per finding.
@Suite struct TextFoldingTests {
    /// A thousand leaks of the same coroutine at the same line in twelve tests, as a real suite made them,
    /// and one other leak.
    @Test func identicalFindingsAreOneEntryWithTheirCount() {
        let story = [RelatedLocation(role: "coroutine created", file: "app/store.py", line: 9, function: "helper")]
        var findings = (0..<1000).map { index in
            Finding(rule: "leaked-coroutine", severity: .error, message: "coroutine save was created but never awaited",
                    file: "app/store.py", line: 9, function: "helper", test: "tests/test_app.py::test_\(index % 12)",
                    task: Int64(index), timestampNs: Int64(index), related: story)
        }
        findings.append(Finding(rule: "leaked-coroutine", severity: .error,
                                message: "coroutine load was created but never awaited", file: "app/store.py",
                                line: 20, function: "other", test: "tests/test_app.py::test_3"))
        let text = TextRenderer.render(findings)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count < 10, "\(lines.count) lines:\n\(text)")
        let folded = "  app/store.py:9: helper: coroutine save was created but never awaited [tests/test_app.py::test_0]"
        #expect(lines.first { $0.hasPrefix("  app/store.py:9: ") } == folded + " (1000 times, in 11 more tests)")
        #expect(lines.filter { $0 == "      coroutine created at app/store.py:9 (helper)" }.count == 1)
        #expect(lines.first { $0.hasPrefix("  app/store.py:20: ") }
                == "  app/store.py:20: other: coroutine load was created but never awaited [tests/test_app.py::test_3]")
        #expect(text.hasSuffix("\n1001 findings (1001 leaked-coroutine)\n"))
    }

    @Test func theCountSaysWhereTheOthersWere() {
        func entry(_ tests: [String?]) -> String {
            let findings = tests.map {
                Finding(rule: "pending-at-close", severity: .warning, message: "m", file: "a.py", line: 1, test: $0)
            }
            return String(TextRenderer.render(findings).split(separator: "\n")[2])
        }
        #expect(entry(["t::a"]) == "  a.py:1: m [t::a]")
        #expect(entry(["t::a", "t::a", "t::a"]) == "  a.py:1: m [t::a] (3 times)")
        #expect(entry(["t::a", "t::b", "t::a"]) == "  a.py:1: m [t::a] (3 times, in 1 more test)")
        #expect(entry([nil, "t::b", "t::c"]) == "  a.py:1: m (3 times, also in 2 tests)")
        #expect(entry([nil, nil]) == "  a.py:1: m (2 times)")
    }

    /// A pytest suite whose tests leak the same coroutine at the same line: `analyze` prints it once with its
    /// count; JSON still has every finding.
    @Test func analyzeFoldsARecordedSuite() throws {
        let directory = Checkout.scratchFile("folding")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try """
            import asyncio
            import pytest

            async def save():
                await asyncio.sleep(0)

            def forget():
                save()

            @pytest.mark.parametrize("n", range(4))
            def test_forgets(n):
                async def main():
                    for _ in range(3):
                        forget()
                asyncio.run(main())

            def test_other():
                async def main():
                    asyncio.sleep(0)
                asyncio.run(main())
            """.write(toFile: "\(directory)/test_fold.py", atomically: true, encoding: .utf8)
        let record = try asynctrace(["record", "-o", "trace.db", "--", "python3", "-m", "pytest", "-q",
                                     "-p", "no:cacheprovider", "test_fold.py"], in: directory)
        #expect(record.status == 0, "pytest failed: \(record.stdout)\(record.stderr)")

        let json = try asynctrace(["analyze", "trace.db", "--format", "json"], in: directory)
        let findings = try JSONDecoder().decode([Finding].self, from: Data(json.stdout.utf8))
        #expect(findings.filter { $0.line == 8 }.count == 12, "\(json.stdout)")

        let text = try asynctrace(["analyze", "trace.db"], in: directory)
        #expect(text.status == 1)
        let entries = text.stdout.split(separator: "\n").filter { $0.hasPrefix("  test_fold.py:") }
        #expect(entries.count == 2, "\(text.stdout)")
        let folded = try #require(entries.first { $0.hasPrefix("  test_fold.py:8: ") }, "\(text.stdout)")
        #expect(folded.hasSuffix(" [test_fold.py::test_forgets[0]] (12 times, in 3 more tests)"), "\(text.stdout)")
        #expect(text.stdout.hasSuffix("\n\(findings.count) findings (\(findings.count) leaked-coroutine)\n"))
    }
}
