@testable import AsyncTraceKit
import Testing

/// task-left-running on hand-made facts: which scope made a task (by the ids drawn when scopes began and
/// ended), whose end judges it, and the story. Process 1's ids are (1 << 32) | serial; the end-to-end cases
/// (pytest-asyncio, unittest, anyio, asyncio.run) are recorded for real in tools/python/tests/test_scopes.py
/// and ExampleTests.
@Suite struct TaskLeftRunningTests {
    static func id(_ serial: Int64) -> Int64 { 1 << 32 | serial }

    /// A session (1..100) with test "t::a" (test 2..30: setup 3..10 holding fixture "server" 4..ready 6..end 60,
    /// and pytest-asyncio's runner 5..40 on loop 7; call 11..20; teardown 21..30) and test "t::b" (31..50).
    static func facts() -> Facts {
        var facts = Facts()
        facts.processes[1] = .init(pid: 4242)
        facts.loops[id(7)] = .init(processID: 1, threadID: nil)
        facts.sites[1] = .init(file: "/src/test_a.py", line: 9, function: "test_a", stack: "/src/test_a.py:9:test_a")
        facts.sites[2] = .init(file: "/lib/site-packages/pytest_asyncio/plugin.py", line: 700, function: "_scoped_runner",
                               stack: "/lib/site-packages/pytest_asyncio/plugin.py:700:_scoped_runner")
        facts.tests[id(2)] = .init(nodeid: "t::a", processID: 1, startNs: 2, endNs: 30)
        facts.tests[id(31)] = .init(nodeid: "t::b", processID: 1, startNs: 31, endNs: 50)
        func scope(_ start: Int64, _ end: Int64, _ kind: Facts.Scope.Kind, test: Int64?, ready: Int64? = nil,
                   loop: Int64? = nil, detail: String? = nil, parent: Int64? = nil, site: Int64? = nil) {
            facts.scopes[id(start)] = .init(kind: kind, name: kind == .fixture ? "server" : "t::a", detail: detail,
                                            processID: 1, parentID: parent.map(id), endID: id(end),
                                            readyID: ready.map(id), testID: test.map(id), loopID: loop.map(id),
                                            siteID: site, startNs: start, endNs: end)
        }
        scope(1, 100, .session, test: nil)
        scope(2, 30, .test, test: 2, parent: 1)
        scope(3, 10, .setup, test: 2, parent: 2)
        scope(4, 60, .fixture, test: 2, ready: 6, detail: "module")
        scope(5, 40, .runner, test: 2, loop: 7, detail: "asyncio.Runner", site: 2)
        scope(11, 20, .call, test: 2, parent: 2)
        scope(21, 30, .teardown, test: 2, parent: 2)
        scope(31, 50, .test, test: 31, parent: 1)
        return facts
    }

    static func task(_ serial: Int64, in facts: inout Facts, endNs: Int64? = nil) {
        facts.tasks[id(serial)] = .init(processID: 1, loopID: id(7), name: "Task-\(serial)", coroQualname: "poll",
                                        siteID: 1, threadID: nil, testID: id(2), createdNs: serial,
                                        end: endNs.map { .init(ns: $0, outcome: .cancelled, exception: nil) })
    }

    static func alive(_ serial: Int64, at scope: Int64, eventID: Int64 = 1000) -> Event {
        Event(id: eventID, ts: scope, kind: .taskAliveAtScopeEnd, processID: 1, loopID: id(7), taskID: id(serial),
              refID: id(scope))
    }

    @Test func aTaskBelongsToTheInnermostScopeOpenWhenItWasMade() {
        var facts = Self.facts()
        for serial: Int64 in [8, 12, 45] { Self.task(serial, in: &facts) }
        #expect(facts.scopeThatMade(task: Self.id(12)) == Self.id(11))  // the call, not the framework's runner
        #expect(facts.scopeThatMade(task: Self.id(8)) == Self.id(3))  // after the fixture's own code: the setup
        #expect(facts.scopeThatMade(task: Self.id(45)) == Self.id(31))
    }

    @Test func aFixtureOwnsOnlyWhatItsOwnCodeMade() {
        var facts = Self.facts()
        facts.scopes[Self.id(5)] = nil  // no runner: the fixture's own code made task 5
        Self.task(5, in: &facts)
        #expect(facts.scopeThatMade(task: Self.id(5)) == Self.id(4))
    }

    @Test func aRunnerTheProgramStartedInsideTheScopeJudgesItsTasks() {
        var facts = Self.facts()
        // asyncio.run inside the call (13..18, loop 7): its task is main()'s.
        facts.scopes[Self.id(13)] = .init(kind: .runner, name: "main", detail: "asyncio.run", processID: 1,
                                          endID: Self.id(18), testID: Self.id(2), loopID: Self.id(7), siteID: 1)
        Self.task(14, in: &facts)
        #expect(facts.scopeThatMade(task: Self.id(14)) == Self.id(13))
        // On another loop, the runner is not its maker.
        facts.tasks[Self.id(14)]?.loopID = Self.id(99)
        #expect(facts.scopeThatMade(task: Self.id(14)) == Self.id(11))
    }

    @Test func aTaskAliveAtItsCallsEndIsAWarningAndAnErrorWhenItRanIntoTheNextTest() {
        var facts = Self.facts()
        Self.task(12, in: &facts, endNs: 25)
        facts.record(Self.alive(12, at: 11))
        facts.record(Self.alive(12, at: 2, eventID: 1001))  // also alive when the whole test ended: not its scope
        let findings = Rule.findings(in: facts, rules: [Rule.named("task-left-running")!])
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.test == "t::a" && findings.first?.line == 9)
        #expect(findings.first?.message.contains("made by its test was still pending when the test returned") == true)

        facts.tasks[Self.id(12)]?.end = .init(ns: 45, outcome: .cancelled, exception: nil)
        let later = Rule.findings(in: facts, rules: [Rule.named("task-left-running")!])
        #expect(later.map(\.severity) == [.error])
        #expect(later.first?.message.contains("it ran on through the next test") == true)
        #expect(later.first?.related.contains { $0.role == "still running during" && $0.test == "t::b" } == true)
    }

    /// An exception (a signal handler's, KeyboardInterrupt) that cuts asyncio.run() short leaves its main task
    /// and what that started pending when the runner ends: main() never returned, and the shutdown's cancel is
    /// asyncio's documented behaviour. What hung there is stalled-await's to tell.
    @Test func tasksOfARunnerWhoseMainNeverReturnedAreNotReported() {
        var facts = Self.facts()
        facts.scopes[Self.id(13)] = .init(kind: .runner, name: "poll", detail: "asyncio.run", processID: 1,
                                          endID: Self.id(18), testID: Self.id(2), loopID: Self.id(7), siteID: 1)
        Self.task(14, in: &facts)  // main(): made at the asyncio.run line, by no task
        Self.task(15, in: &facts)
        facts.tasks[Self.id(15)]?.parentID = Self.id(14)
        facts.record(Self.alive(14, at: 13))
        facts.record(Self.alive(15, at: 13, eventID: 1001))
        #expect(Rule.findings(in: facts, rules: [Rule.named("task-left-running")!]).isEmpty)
        // main() returned: its child alone was alive at the end, and is reported.
        facts = Self.facts()
        facts.scopes[Self.id(13)] = .init(kind: .runner, name: "poll", detail: "asyncio.run", processID: 1,
                                          endID: Self.id(18), testID: Self.id(2), loopID: Self.id(7), siteID: 1)
        Self.task(14, in: &facts)
        Self.task(15, in: &facts)
        facts.tasks[Self.id(15)]?.parentID = Self.id(14)
        facts.record(Self.alive(15, at: 13, eventID: 1001))
        #expect(Rule.findings(in: facts, rules: [Rule.named("task-left-running")!]).map(\.task) == [Self.id(15)])
    }

    @Test func aLibrarysOwnTaskIsNotReported() {
        var facts = Self.facts()
        Self.task(12, in: &facts)
        facts.tasks[Self.id(12)]?.siteID = 2
        facts.record(Self.alive(12, at: 11))
        #expect(Rule.findings(in: facts, rules: [Rule.named("task-left-running")!]).isEmpty)
    }

    @Test func theSameTaskPendingAtCloseIsOneFinding() {
        var facts = Self.facts()
        Self.task(12, in: &facts)
        facts.record(Self.alive(12, at: 11))
        facts.record(Event(id: 1002, ts: 70, kind: .taskPendingAtClose, processID: 1, loopID: Self.id(7),
                           taskID: Self.id(12), arg: 0))
        let findings = Rule.findings(in: facts)
        #expect(findings.map(\.rule) == ["task-left-running"])
        #expect(findings.first?.message.hasSuffix("its event loop closed with it still pending") == true)
    }

    @Test func anInnerTestsFindingNamesTheOuterTest() {
        var facts = Self.facts()
        // pytester: session 12..19 inside the call, its test 13..18 ("inner::x").
        facts.scopes[Self.id(12)] = .init(kind: .session, processID: 1, parentID: Self.id(11), endID: Self.id(19),
                                          testID: Self.id(2))
        facts.scopes[Self.id(13)] = .init(kind: .test, name: "inner::x", detail: "pytest", processID: 1,
                                          parentID: Self.id(12), endID: Self.id(18), testID: Self.id(13))
        facts.tests[Self.id(13)] = .init(nodeid: "inner::x", processID: 1, startNs: 13, endNs: 18)
        #expect(facts.outermostTest(Self.id(13)) == Self.id(2))
        #expect(facts.outermostTest(Self.id(31)) == Self.id(31))
    }

    @Test func aTestOfAProcessAnotherTestStartedNamesThatTest() {
        var facts = Self.facts()
        // runpytest_subprocess: process 2 (pid 5000, child of 4242) started during "t::a" (2..30) and ran "inner::y".
        facts.processes[2] = .init(pid: 5000, parentPid: 4242, startNs: 12)
        facts.processes[1]?.startNs = 0
        let inner: Int64 = 2 << 32 | 5
        facts.tests[inner] = .init(nodeid: "inner::y", processID: 2, startNs: 14, endNs: 16)
        #expect(facts.outermostTest(inner) == Self.id(2))
        // Started between tests: its tests are its own.
        facts.processes[2]?.startNs = 55
        #expect(facts.outermostTest(inner) == inner)
    }
}
