@testable import AsyncTraceKit
import Foundation
import Testing

/// `asynctrace report`: the HTML page loaded in headless Chromium, as a person would open it.
@Suite struct ReportTests {
    /// The report of `Recordings.pytestRun`, loaded once, with the leaked task's story open (the address
    /// names it).
    static let pytestPage = Result { () throws -> (page: Browser.Page, findings: [Finding]) in
        let trace = try Recordings.pytestRun.get()
        let findings = try Recordings.findings(in: trace)
        let leaked = findings.first { $0.rule == "pending-at-close" }?.task ?? 0
        let directory = URL(fileURLWithPath: trace).deletingLastPathComponent().path
        return (try Browser.load("file://" + (try report(trace, in: directory)) + "#task=\(leaked)"), findings)
    }

    static func report(_ trace: String, in directory: String = Checkout.root, allowWarnings: Bool = false) throws
        -> String {
        let html = Checkout.scratchFile("report.html")
        let result = try asynctrace(["report", trace, "-o", html], in: directory)
        #expect(result.status == 0 && (allowWarnings || result.stderr.isEmpty), "report failed: \(result.stderr)")
        return html
    }

    /// The number in `attribute="N"` of the element that has it.
    static func number(_ attribute: String, in dom: String) -> Int? {
        guard let range = dom.range(of: "\(attribute)=\"") else { return nil }
        return Int(dom[range.upperBound...].prefix { $0.isNumber })
    }

    @Test func theReportShowsFindingsTestsAndTheTimeline() throws {
        let (page, findings) = try Self.pytestPage.get()
        #expect(Set(findings.map(\.rule)) == ["pending-at-close", "leaked-coroutine"])

        #expect(page.console == [], "the page logged to the console")
        #expect(page.dom.contains("data-ready=\"true\""), "the page's script did not finish")
        #expect(page.dom.components(separatedBy: "<tr data-finding=").count - 1 == findings.count)
        #expect((Self.number("data-bars", in: page.dom) ?? 0) > 0, "the timeline drew no bars")
        for test in ["test_leaks_a_task_named_like_markup", "test_forgets_await", "test_clean"] {
            #expect(page.dom.contains("test_report.py::\(test)</a>"))
        }
    }

    @Test func theAddressOpensATasksStory() throws {
        let (page, _) = try Self.pytestPage.get()
        #expect(page.dom.contains("<aside id=\"detail\">\n"), "the detail panel is hidden")
        for fact in ["<dt>State</dt><dd><span class=\"state state-pending\">pending</span>",
                     "<dt>Test</dt><dd>test_report.py::test_leaks_a_task_named_like_markup</dd>",
                     "<span class=\"mono\">test_report.py:12 in main</span>", "its loop closed while it was pending",
                     "Parent chain</h4><ol><li><a href=\"#task=",
                     // The finding's story, under the finding.
                     "<ul class=\"story mono\"><li>task created at test_report.py:12 (main)",
                     "<li>left waiting at test_report.py:4 (wait_forever)", "<li>loop closed at test_report.py:15"] {
            #expect(page.dom.contains(fact), "the story lacks \(fact)")
        }
    }

    @Test func taskNamesAreShownAsTextNeverRunAsMarkup() throws {
        let (page, _) = try Self.pytestPage.get()
        let asText = "&lt;script&gt;document.title='pwned'&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"
        #expect(page.dom.contains("\(asText) (wait_forever)</a>"))
        #expect(!page.dom.contains("<script>document.title"))
        #expect(!page.dom.contains("<img"))
        #expect(page.dom.contains("<title>asynctrace report: "))
        #expect(!page.dom.contains("pwned</title>"))
        #expect(page.console == [])
    }

    @Test func aScreenshotShowsThePage() throws {
        let trace = try Recordings.trace(of: "pending_at_close.py")
        let png = Checkout.scratchFile("report.png")
        try Browser.screenshot("file://" + (try Self.report(trace)), to: png)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // A blank page compresses to a few kilobytes; tables, text and bars do not.
        #expect(bytes.count > 30_000)
    }

    /// 20,000 tasks on one loop: the timeline is a canvas, so the DOM does not grow with the tasks.
    @Test func manyTasksCostNoDOMNodes() throws {
        let trace = try TraceFiles.make(TraceFiles.basics + """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
            INSERT INTO tasks (id, process_id, loop_id, name, coro_qualname, thread_id, created_ns)
                SELECT i, 1, 20, 'Task-' || i, 'work', 10, i * 1000 FROM n;
            INSERT INTO task_ends (task_id, ts, outcome) SELECT id, created_ns + 5000, id % 3 FROM tasks
                WHERE id % 10 != 0;
            INSERT INTO events (ts, kind, process_id, thread_id, loop_id) VALUES (30000000, 4, 1, 10, 20);
            """)
        let page = try Browser.load("file://" + (try Self.report(trace)))
        #expect(page.console == [])
        #expect(page.dom.contains("data-ready=\"true\""))
        #expect((Self.number("data-bars", in: page.dom) ?? 0) > 100)
        let elements = page.dom.components(separatedBy: "<").count
        #expect(elements < 1500, "the page has \(elements) tags for 20,000 tasks")
    }

    @Test func theReportIsSelfContained() throws {
        let html = try String(contentsOfFile: try Self.report(try Recordings.trace(of: "pending_at_close.py")),
                              encoding: .utf8)
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        for reference in ["src=\"http", "href=\"http", "src=\"//", "@import", "url("] {
            #expect(!html.contains(reference))
        }
    }
}
