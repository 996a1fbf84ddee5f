import AsyncTraceKit
import Foundation
import Testing

/// docs/rules/<id>.md is generated from each rule's description and example programs; this fails when a page
/// is missing or stale. Regenerate with `swift run asynctrace rules --format markdown --output-dir docs/rules`.
@Suite struct DocsTests {
    static let directory = "\(Checkout.root)/docs/rules"

    @Test(arguments: Rule.all)
    func rulePageIsUpToDate(_ rule: Rule) throws {
        let page = try #require(try? String(contentsOfFile: "\(Self.directory)/\(rule.id).md", encoding: .utf8),
                                "docs/rules/\(rule.id).md is missing")
        let expected = RuleCatalogue.markdown(rule) {
            try? String(contentsOfFile: Checkout.example($0), encoding: .utf8)
        }
        #expect(page == expected, "docs/rules/\(rule.id).md is out of date")
        #expect(page.contains("```python\n"), "docs/rules/\(rule.id).md lacks the example code")
    }

    @Test func everyPageBelongsToARule() throws {
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.directory).filter { $0.hasSuffix(".md") }
        #expect(Set(pages) == Set(Rule.all.map { "\($0.id).md" }))
    }
}
