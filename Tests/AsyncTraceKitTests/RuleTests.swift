@testable import AsyncTraceKit
import Testing

/// Rule semantics on hand-made facts: one task (id 1) created at creation.py:5 in test "t::create", plus
/// whatever events a test adds.
@Suite struct RuleTests {
    static let task: Int64 = 1

    static func facts(_ events: [Event], renamed: String? = nil) -> Facts {
        var facts = Facts()
        facts.processes[1] = .init(pid: 4242)
        facts.threads[10] = .init(name: "MainThread")
        facts.threads[11] = .init(name: "worker")
        facts.loops[20] = .init(processID: 1, threadID: 10)
        facts.tests[1] = .init(nodeid: "t::create")
        facts.tests[2] = .init(nodeid: "t::event")
        facts.sites[100] = .init(file: "/src/creation.py", line: 5, function: "start",
                                 stack: "/src/creation.py:5:start\n/src/main.py:1:<module>")
        facts.sites[200] = .init(file: "/src/event.py", line: 9, function: "stop", stack: nil)
        facts.tasks[task] = .init(processID: 1, loopID: 20, name: "Task-1", coroQualname: "poll", siteID: 100,
                                  threadID: 10, testID: 1)
        events.forEach { facts.record($0) }
        return facts
    }

    /// An event numbered `id`, on the main thread of process 1 and loop 20, during test "t::event".
    static func event(_ id: Int64, _ kind: Event.Kind, task: Int64? = task, site: Int64? = nil, arg: Int64? = nil,
                      detail: String? = nil) -> Event {
        Event(id: id, ts: id * 1000, kind: kind, processID: 1, threadID: 10, loopID: 20, taskID: task, testID: 2,
              siteID: site, arg: arg, detail: detail)
    }

    static func findings(_ events: [Event], rule: (some RuleDefinition).Type) -> [Finding] {
        rule.findings(in: facts(events))
    }

    // MARK: leaked-coroutine

    @Test func leakedCoroutineBlamesWhereTheCoroutineWasCreated() throws {
        let findings = Self.findings([Self.event(1, .coroutineNeverAwaited, task: nil, site: 200, arg: 0,
                                                 detail: "save")], rule: LeakedCoroutine.self)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect((finding.file, finding.line, finding.function) == ("/src/event.py", 9, "stop"))
        #expect(finding.object == "save")
        #expect(finding.test == "t::event")
        #expect(finding.message == "coroutine save was created but never awaited")
    }

    @Test func leakedCoroutineAliveAtExitSaysSo() {
        let findings = Self.findings([Self.event(1, .coroutineNeverAwaited, task: nil, site: 200, arg: 1,
                                                 detail: "save")], rule: LeakedCoroutine.self)
        #expect(findings.first?.message.contains("still unawaited when the process exited") == true)
    }

    // MARK: pending-at-close

    @Test func pendingAtCloseBlamesTheTaskCreationAndSaysTheLoopClosed() throws {
        let finding = try #require(Self.findings([Self.event(1, .taskPendingAtClose, arg: 0)],
                                                 rule: PendingAtClose.self).first)
        #expect((finding.file, finding.line, finding.test) == ("/src/creation.py", 5, "t::create"))
        #expect(finding.message == "task Task-1 (poll) was still pending when its event loop closed")
        #expect((finding.pid, finding.loop, finding.thread, finding.task) == (4242, 20, "MainThread", 1))
        #expect(finding.timestampNs == 1000)
        #expect(finding.stack == ["/src/creation.py:5:start", "/src/main.py:1:<module>"])
    }

    @Test func pendingAtExitSaysTheProcessExited() {
        let findings = Self.findings([Self.event(1, .taskPendingAtExit, arg: 0)], rule: PendingAtClose.self)
        #expect(findings.map(\.message) == [
            "task Task-1 (poll) was still pending when the process exited (its event loop was never closed)",
        ])
    }

    @Test func pendingAtCloseUsesTheLatestTaskName() {
        let events = [Self.event(1, .taskRenamed, detail: "poller"), Self.event(2, .taskPendingAtClose, arg: 0)]
        #expect(Self.findings(events, rule: PendingAtClose.self).map(\.object) == ["poller (poll)"])
    }

    @Test func destroyedAfterCloseWithoutACloseEventIsPendingAtClose() {
        let findings = Self.findings([Self.event(1, .taskDestroyedPending, arg: 2)], rule: PendingAtClose.self)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("when its event loop closed") == true)
    }

    @Test func pendingAtCloseThenDestroyedIsOneFinding() {
        let events = [Self.event(1, .taskPendingAtClose, arg: 0), Self.event(2, .taskDestroyedPending, arg: 2)]
        #expect(Self.findings(events, rule: PendingAtClose.self).count == 1)
        #expect(Self.findings(events, rule: TaskDestroyedPending.self).isEmpty)
    }

    @Test(arguments: [
        [event(1, .taskPendingAtClose, arg: 1)],
        [event(1, .taskCancelRequested, site: 200), event(2, .taskPendingAtClose, arg: 0)],
        [event(1, .taskCancelRequested, site: 200), event(2, .taskDestroyedPending, arg: 2)],
    ])
    func aCancelledTaskIsNotPendingAtClose(_ events: [Event]) {
        #expect(Self.findings(events, rule: PendingAtClose.self).isEmpty)
        #expect(Self.findings(events, rule: CancelledUnfinished.self).count == 1)
    }

    // MARK: task-destroyed-pending

    @Test(arguments: [(Int64(0), "running"), (1, "stopped but not closed")])
    func destroyedWhileTheLoopWasOpen(state: Int64, words: String) {
        let findings = Self.findings([Self.event(1, .taskDestroyedPending, arg: state)],
                                     rule: TaskDestroyedPending.self)
        #expect(findings.map(\.message) == [
            "task Task-1 (poll) was garbage-collected while pending; its event loop was still \(words)",
        ])
        #expect(findings.first?.file == "/src/creation.py")
    }

    @Test func destroyedAfterCancelIsCancelledUnfinishedInstead() {
        let events = [Self.event(1, .taskCancelRequested, site: 200), Self.event(2, .taskDestroyedPending, arg: 0)]
        #expect(Self.findings(events, rule: TaskDestroyedPending.self).isEmpty)
        #expect(Self.findings(events, rule: CancelledUnfinished.self).map(\.message) == [
            "task Task-1 (poll) was cancelled at /src/event.py:9 but it was garbage-collected before it finished",
        ])
    }

    // MARK: cancelled-unfinished

    @Test func cancelThenCloseNamesWhereCancelWasCalled() throws {
        let events = [Self.event(1, .taskCancelRequested, site: 200), Self.event(2, .taskPendingAtClose, arg: 1)]
        let finding = try #require(Self.findings(events, rule: CancelledUnfinished.self).first)
        #expect(finding.message
            == "task Task-1 (poll) was cancelled at /src/event.py:9 but its event loop closed before it finished")
        #expect((finding.file, finding.line) == ("/src/creation.py", 5))
    }

    @Test func swallowedCancellation() {
        let events = [Self.event(1, .taskCancelRequested, site: 200), Self.event(2, .taskCancelSwallowed)]
        #expect(Self.findings(events, rule: CancelledUnfinished.self).map(\.message) == [
            "task Task-1 (poll) was cancelled at /src/event.py:9 but it swallowed the CancelledError and finished "
                + "normally",
        ])
    }

    @Test func oneFindingPerTaskFromTheEarliestEvidence() {
        let events = [Self.event(1, .taskCancelRequested, site: 200), Self.event(2, .taskCancelSwallowed),
                      Self.event(3, .taskCancelSwallowed), Self.event(4, .taskPendingAtExit, arg: 1)]
        let findings = Self.findings(events, rule: CancelledUnfinished.self)
        #expect(findings.count == 1)
        #expect(findings.first?.timestampNs == 2000)
    }

    @Test func aCancelledTaskThatFinishedIsFine() {
        #expect(Self.findings([Self.event(1, .taskCancelRequested)], rule: CancelledUnfinished.self).isEmpty)
    }

    @Test func cancelAfterTheCloseDoesNotCount() {
        let events = [Self.event(1, .taskPendingAtClose, arg: 0), Self.event(2, .taskCancelRequested)]
        #expect(Self.findings(events, rule: CancelledUnfinished.self).isEmpty)
        #expect(Self.findings(events, rule: PendingAtClose.self).count == 1)
    }

    // MARK: cross-loop-await, cross-thread-call

    @Test func crossLoopAwaitBlamesTheOffendingLineNotTheTask() throws {
        let finding = try #require(Self.findings([Self.event(1, .crossLoopAwait, site: 200, detail: "got Future "
            + "attached to a different loop")], rule: CrossLoopAwait.self).first)
        #expect((finding.file, finding.line, finding.test) == ("/src/event.py", 9, "t::event"))
        #expect(finding.object == "Task-1 (poll)")
        // In our words; Python's own text is the detail, never the message.
        #expect(finding.message == "task Task-1 (poll) running on one event loop awaited or used a future, task or "
            + "primitive bound to another")
        #expect(finding.detail == "got Future attached to a different loop")
    }

    @Test func crossThreadCallNamesTheAPIAndTheThread() {
        var event = Self.event(1, .crossThreadCall, task: nil, site: 200, detail: "call_soon")
        event.threadID = 11
        let findings = Self.findings([event], rule: CrossThreadCall.self)
        #expect(findings.map(\.message) == [
            "call_soon called from thread 'worker', not the thread running its event loop "
                + "(it was created on thread 'MainThread')",
        ])
        #expect(findings.first?.thread == "worker")
    }

    // MARK: exception-never-retrieved

    @Test func exceptionOfATaskBlamesItsCreationOncePerTask() {
        let events = [Self.event(1, .exceptionNeverRetrieved, site: 200, detail: "ValueError"),
                      Self.event(2, .exceptionNeverRetrieved, site: 200, detail: "ValueError")]
        let findings = Self.findings(events, rule: ExceptionNeverRetrieved.self)
        #expect(findings.map(\.message) == [
            "task Task-1 (poll) failed with ValueError and nobody retrieved the exception",
        ])
        #expect(findings.first?.file == "/src/creation.py")
        #expect(findings.first?.test == "t::create")
    }

    @Test func exceptionOfAFutureBlamesTheEvent() {
        let findings = Self.findings([Self.event(1, .exceptionNeverRetrieved, task: nil, site: 200,
                                                 detail: "KeyError")], rule: ExceptionNeverRetrieved.self)
        #expect(findings.map(\.file) == ["/src/event.py"])
        #expect(findings.first?.message == "a future failed with KeyError and nobody retrieved the exception")
    }

    // MARK: the catalogue

    @Test func unknownTasksAndSitesStillGiveAFinding() {
        let findings = Self.findings([Self.event(1, .taskPendingAtClose, task: 99, site: 200, arg: 0,
                                                 detail: "Task-99")], rule: PendingAtClose.self)
        #expect(findings.map(\.file) == ["/src/event.py"])
        #expect(findings.map(\.object) == ["Task-99"])
    }

    @Test func findingsAreSortedByRuleFileAndLine() {
        var facts = Self.facts([
            Self.event(1, .coroutineNeverAwaited, task: nil, site: 200, detail: "b"),
            Self.event(2, .taskPendingAtClose, arg: 0),
            Self.event(3, .coroutineNeverAwaited, task: nil, site: 100, detail: "a"),
        ])
        facts.sites[100]?.line = 50
        let findings = Rule.findings(in: facts)
        #expect(findings.map { "\($0.rule) \($0.file ?? "") \($0.line ?? 0)" } == [
            "leaked-coroutine /src/creation.py 50",
            "leaked-coroutine /src/event.py 9",
            "pending-at-close /src/creation.py 50",
        ])
    }

    @Test func ruleIdsAreUniqueAndEveryRuleIsDocumented() {
        #expect(Set(Rule.all.map(\.id)).count == Rule.all.count)
        for rule in Rule.all.map(\.description) {
            #expect(!rule.title.isEmpty && !rule.summary.isEmpty && !rule.why.isEmpty && !rule.fix.isEmpty)
            #expect(!rule.references.isEmpty)
        }
    }
}
