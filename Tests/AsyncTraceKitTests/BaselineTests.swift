@testable import AsyncTraceKit
import Testing

/// The baseline matcher: by rule, file, function and coroutine, never by line, each entry counted.
@Suite struct BaselineTests {
    static func finding(_ rule: String = "pending-at-close", line: Int64, object: String?,
                        function: String = "main") -> Finding {
        Finding(rule: rule, severity: .warning, message: "m", file: "app.py", line: line, function: function,
                object: object)
    }

    @Test func tasksAreMatchedByTheirCoroutineNotTheirNameOrLine() {
        let baseline = Baseline([Self.finding(line: 10, object: "Task-3 (main.<locals>.poll)")])
        #expect(baseline.findings.map(\.object) == ["main.<locals>.poll"])
        let (new, baselined) = baseline.filter([Self.finding(line: 42, object: "Task-17 (main.<locals>.poll)")])
        #expect(new.isEmpty && baselined == 1)
    }

    @Test func eachEntryLetsThroughAsManyFindingsAsItCounted() {
        let twice = [Self.finding(line: 1, object: "save"), Self.finding(line: 2, object: "save")]
        let baseline = Baseline(twice)
        #expect(baseline.findings.map(\.count) == [2])
        let (new, baselined) = baseline.filter(twice + [Self.finding(line: 3, object: "save")])
        #expect(new.map(\.line) == [3] && baselined == 2)
    }

    @Test func anotherRuleFunctionOrCoroutineIsNew() {
        let baseline = Baseline([Self.finding(line: 1, object: "save")])
        let others = [Self.finding("leaked-coroutine", line: 1, object: "save"),
                      Self.finding(line: 1, object: "save", function: "other"), Self.finding(line: 1, object: "load")]
        #expect(baseline.filter(others).new.count == 3)
    }
}
