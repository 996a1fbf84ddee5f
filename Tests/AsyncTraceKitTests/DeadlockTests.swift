@testable import AsyncTraceKit
import Testing

/// deadlock and stalled-await on hand-made facts: the cycle finder, what makes a loop stalled, one finding per
/// cycle and per stalled loop, and what each finding blames and tells. Recorded hangs are in HangTests.
@Suite struct DeadlockTests {
    /// Process 1 (pid 4242), loop 20 run on thread 10, and tasks 1...6 ("Task-N", coroutine "coN") made in
    /// that order at /src/app.py:(40 + N) during test "t::hang". Task N awaits at /src/app.py:N (site N, its
    /// chain: asyncio's frame inside, then the coroutine that awaited it at /src/app.py:(30 + N)); primitives
    /// were made at /src/app.py:(10 + N) (site 100 + N).
    static func facts() -> Facts {
        var facts = Facts()
        facts.processes[1] = .init(pid: 4242)
        facts.threads[10] = .init(name: "MainThread")
        facts.loops[20] = .init(processID: 1, threadID: 10, runThreadID: 10)
        facts.tests[30] = .init(nodeid: "t::hang", processID: 1)
        for n: Int64 in 1...6 {
            facts.sites[n] = .init(file: "/src/app.py", line: n, function: "co\(n)", stack: """
                /usr/lib/python3.11/asyncio/locks.py:114:acquire
                /src/app.py:\(n):co\(n)
                /src/app.py:\(30 + n):outer\(n)
                """)
            facts.sites[100 + n] = .init(file: "/src/app.py", line: 10 + n, function: "<module>", stack: nil)
            facts.sites[200 + n] = .init(file: "/src/app.py", line: 40 + n, function: "main", stack: nil)
            facts.tasks[n] = .init(processID: 1, loopID: 20, name: "Task-\(n)", coroQualname: "co\(n)", siteID: 200 + n,
                                   threadID: 10, testID: 30, createdNs: n)
        }
        return facts
    }

    /// A snapshot of loop 20 at `ts` whose loop was idle with nothing scheduled, unless `state` says otherwise.
    static func snapshot(_ reason: Facts.Snapshot.Reason = .noProgress, ts: Int64 = 5_000_000_000,
                         _ state: (inout Facts.Snapshot) -> Void = { _ in }) -> Facts.Snapshot {
        var snapshot = Facts.Snapshot(processID: 1, loopID: 20, threadID: 11, testID: 30, ts: ts, reason: reason,
                                      hangMs: 500, idleSinceNs: ts - 1_000_000_000, ready: 0, timers: 0, nextTimerNs: nil,
                                      io: 0, executorJobs: 0, otherThreads: 0)
        state(&snapshot)
        return snapshot
    }

    static func wait(_ task: Int64, _ kind: Facts.Wait.Kind, on tasks: [Int64] = [], since: Int64? = 1_000_000_000,
                     detail: String? = nil, in snapshot: Int64 = 50) -> Facts.Wait {
        Facts.Wait(snapshotID: snapshot, taskID: task, siteID: task, kind: kind, onTasks: tasks,
                   onSiteID: [.task, .gather].contains(kind) ? nil : 100 + task, sinceNs: since, detail: detail)
    }

    static func with(_ snapshots: [Int64: Facts.Snapshot], _ waits: [Facts.Wait]) -> Facts {
        var facts = Self.facts()
        facts.snapshots = snapshots
        facts.waits = Dictionary(grouping: waits, by: \.snapshotID)
        return facts
    }

    static func deadlocks(_ facts: Facts) -> [Finding] { Rule.findings(in: facts, rules: [Rule.named("deadlock")!]) }

    // MARK: the cycle finder

    @Test func theCycleFinderFindsEachCycleOnce() {
        let graph: [Int64: [Int64]] = [1: [2], 2: [1], 3: [4], 4: [5], 5: [3], 6: [1, 3], 7: [7]]
        #expect(Deadlock.cycles(in: graph, order: [1, 2, 3, 4, 5, 6, 7]) == [[1, 2], [3, 4, 5], [7]])
    }

    @Test func aDiamondIsNoCycle() {
        let graph: [Int64: [Int64]] = [1: [2, 3], 2: [4], 3: [4], 4: [], 5: [1, 4]]
        #expect(Deadlock.cycles(in: graph, order: [5, 1, 2, 3, 4]).isEmpty)
    }

    @Test func aLongRingIsFoundWithoutRecursionAndTheCapStopsTheSearch() {
        let count: Int64 = 50_000
        let ring = Dictionary(uniqueKeysWithValues: (1...count).map { ($0, [$0 % count + 1]) })
        #expect(Deadlock.cycles(in: ring, order: [1], depthCap: 100_000).map(\.count) == [Int(count)])
        #expect(Deadlock.cycles(in: ring, order: [1]).isEmpty)  // past 10,000 steps it stops following
    }

    @Test func edgesToTasksNotInTheGraphAreIgnored() {
        #expect(Deadlock.cycles(in: [1: [2, 9]], order: [1]).isEmpty)
    }

    // MARK: cycles

    @Test func aLockOrderInversionIsOneFindingBlamedOnTheTaskMadeFirst() throws {
        let findings = Self.deadlocks(Self.with([50: Self.snapshot(.awaitStuck)], [
            Self.wait(3, .lock, on: [2], detail: "Lock held by another task"),
            Self.wait(2, .lock, on: [3], detail: "Lock held by another task"),
            Self.wait(1, .gather, on: [2, 3], detail: "gather() of 2"),
        ]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect((finding.rule, finding.severity, finding.file, finding.line, finding.function)
            == ("deadlock", .error, "/src/app.py", 2, "co2"))
        #expect(finding.message.hasPrefix("Task-2 (co2) waits at /src/app.py:2 for a Lock held by Task-3 (co3), "
            + "which waits at /src/app.py:3 for a Lock held by Task-2: an await cycle, none of them can go on, "
            + "and Task-1 (co1) waits on it; seen by the recorder's watchdog"))
        #expect((finding.task, finding.object, finding.test, finding.pid, finding.loop, finding.thread)
            == (2, "Task-2 (co2)", "t::hang", 4242, 20, "MainThread"))
        #expect(finding.stack == ["/usr/lib/python3.11/asyncio/locks.py:114:acquire", "/src/app.py:2:co2",
                                  "/src/app.py:32:outer2"])
        #expect(finding.related.map { "\($0.role) \($0.line ?? 0)" } == [
            "Task-2 (co2) waits for a Lock held by Task-3 (co3) 2", "awaited 32", "Lock created 12",
            "Task-3 (co3) waits for a Lock held by Task-2 (co2) 3", "awaited 33", "Lock created 13",
            "Task-1 (co1) waits for gather() of Task-2 (co2), Task-3 (co3) 1", "awaited 31",
            "task Task-2 (co2) created 42", "task Task-3 (co3) created 43",
        ])
        #expect(finding.awaitChains.map { "\($0.task): \($0.steps.compactMap(\.line))" } == ["2: [2, 32]", "3: [3, 33]", "1: [1, 31]"])
    }

    @Test func aCycleThroughGatherAndATask() throws {
        // Task 1 gathers tasks 2 and 3; task 2 awaits task 1 (its parent), task 3 waits on an Event.
        let findings = Self.deadlocks(Self.with([50: Self.snapshot { $0.timers = 1 }], [
            Self.wait(1, .gather, on: [2, 3]), Self.wait(2, .task, on: [1]), Self.wait(3, .event, detail: "Event"),
        ]))
        #expect(findings.map(\.line) == [1])
        #expect(findings.first?.message.hasPrefix(
            "Task-1 (co1) waits at /src/app.py:1 for gather() of Task-2 (co2) and 1 more, which waits at /src/app.py:2 for task Task-1:") == true)
    }

    @Test func aTaskWantingALockItHoldsIsACycleOfOne() {
        let findings = Self.deadlocks(Self.with([50: Self.snapshot(.signal) { $0.detail = "SIGTERM" }], [
            Self.wait(4, .lock, on: [4], detail: "Lock held by another task"),
        ]))
        #expect(findings.map(\.message) == [
            "Task-4 (co4) waits at /src/app.py:4 for a Lock it holds itself; asyncio.Lock is not reentrant, so it can "
                + "never go on; seen when the process received SIGTERM, its loop idle for 1.00 s",
        ])
    }

    @Test func noCycleRunsThroughASleepOrAnEvent() {
        // on_tasks of a sleep or an Event (which a recorder should not write) are no edges.
        let findings = Self.deadlocks(Self.with([50: Self.snapshot { $0.timers = 1 }], [
            Self.wait(1, .sleep, on: [2]), Self.wait(2, .lock, on: [1]), Self.wait(3, .event, on: [4]),
            Self.wait(4, .task, on: [3]),
        ]))
        #expect(findings.isEmpty)
    }

    @Test func theSameCycleInSeveralSnapshotsAndTheStallOfItsTasksAreOneFinding() {
        var waits: [Facts.Wait] = []
        for snapshot: Int64 in [50, 51, 52] {
            waits += [Self.wait(5, .task, on: [6], in: snapshot), Self.wait(6, .task, on: [5], in: snapshot),
                      Self.wait(1, .task, on: [6], in: snapshot)]
        }
        let findings = Self.deadlocks(Self.with([
            50: Self.snapshot(.awaitStuck, ts: 3_000_000_000), 51: Self.snapshot(.noProgress, ts: 4_000_000_000),
            52: Self.snapshot(.signal, ts: 5_000_000_000),
        ], waits))
        #expect(findings.map(\.line) == [5])
        #expect(findings.first?.timestampNs == 3_000_000_000)
    }

    // MARK: stalls

    @Test func anIdleLoopWithNothingToWakeItsTasksIsAStall() throws {
        let findings = Self.deadlocks(Self.with([50: Self.snapshot()], [
            Self.wait(1, .task, on: [2]), Self.wait(2, .event, detail: "Event"),
            Self.wait(3, .queueGet, detail: "Queue empty (unbounded)"),
        ]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        // The task that waits on something other than a task is blamed, not the one waiting on it.
        #expect(finding.line == 2)
        #expect(finding.message == "Task-2 (co2) waits at /src/app.py:2 for an Event (created at /src/app.py:12); "
            + "Task-3 (co3) waits at /src/app.py:3 for an item of a Queue (empty, unbounded) (created at /src/app.py:13); "
            + "Task-1 (co1) waits at /src/app.py:1 for task Task-2 (co2); nothing could wake them: its event loop was "
            + "idle with no callback ready, no timer, no I/O, no executor job and no other thread; seen when its loop "
            + "had made no progress, its loop idle for 1.00 s")
        #expect(finding.related.filter { !$0.isAwaitStep }.map(\.text) == [
            "Event created at /src/app.py:12 (<module>)", "Queue created at /src/app.py:13 (<module>)",
            "task Task-2 (co2) created at /src/app.py:42 (main) [t::hang]",
            "task Task-3 (co3) created at /src/app.py:43 (main) [t::hang]",
            "task Task-1 (co1) created at /src/app.py:41 (main) [t::hang]",
        ])
    }

    /// Anything that could still wake a task, or a state the loop could not tell, is no stall.
    @Test(arguments: ["timer", "ready", "io", "executor", "thread", "busy", "unknown", "sleeping", "scope end"])
    func aLoopThatCouldStillWakeIsNoStall(_ what: String) {
        let snapshot = Self.snapshot { snapshot in
            switch what {
            case "timer": (snapshot.timers, snapshot.nextTimerNs) = (1, 9_000_000_000)
            case "ready": snapshot.ready = 1
            case "io": snapshot.io = 1
            case "executor": snapshot.executorJobs = 1
            case "thread": snapshot.otherThreads = 1
            case "busy": snapshot.idleSinceNs = nil
            case "unknown": snapshot.timers = nil
            case "scope end": snapshot.reason = .scopeEnd
            default: break
            }
        }
        let waits = [Self.wait(1, .event, detail: "Event")] + (what == "sleeping" ? [Self.wait(2, .sleep)] : [])
        #expect(Self.deadlocks(Self.with([50: snapshot], waits)).isEmpty)
        #expect(!Deadlock.isStall(snapshot, waits))
    }

    @Test func aStalledLoopIsOneFindingHoweverOftenItWasSeen() {
        let findings = Self.deadlocks(Self.with([50: Self.snapshot(ts: 4_000_000_000), 51: Self.snapshot(.signal)], [
            Self.wait(1, .event, in: 50), Self.wait(1, .event, in: 51), Self.wait(2, .future, detail: "Future", in: 51),
        ]))
        #expect(findings.count == 1)
        #expect(findings.first?.timestampNs == 4_000_000_000)
    }

    // MARK: stalled-await

    static func stalledAwaits(_ facts: Facts) -> [Finding] { Rule.findings(in: facts, rules: [Rule.named("stalled-await")!]) }

    /// A heartbeat sleeps, so the loop is not stalled: task 1 waited 4 s on an Event when SIGTERM came.
    static func heartbeat(_ reason: Facts.Snapshot.Reason = .signal, since: Int64? = 1_000_000_000,
                          plus waits: [Facts.Wait] = []) -> Facts {
        with([50: snapshot(reason) { ($0.detail, $0.timers) = (reason == .signal ? "SIGTERM" : nil, 1) }],
             [wait(1, .event, since: since, detail: "Event"), wait(6, .sleep)] + waits)
    }

    @Test func aWaitStillOnWhenTheProcessWasSignalledIsStalled() throws {
        let findings = Self.stalledAwaits(Self.heartbeat())
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect((finding.rule, finding.severity, finding.line, finding.function, finding.task) == ("stalled-await", .warning, 1, "co1", 1))
        #expect(finding.message == "Task-1 (co1) waited 4.00 s at /src/app.py:1 for an Event (created at /src/app.py:11) "
            + "and was still waiting when the process received SIGTERM")
        #expect(finding.related.map { "\($0.role) \($0.line ?? 0)" } == [
            "Task-1 (co1) waits for an Event 1", "awaited 31", "Event created 11", "task Task-1 (co1) created 41",
        ])
        #expect(finding.stack.count == 3)
    }

    @Test func aShortWaitOrOneNeverSeenBeforeIsNotStalled() {
        #expect(Self.stalledAwaits(Self.heartbeat(since: 4_800_000_000)).isEmpty)  // 200 ms of a 500 ms threshold
        #expect(Self.stalledAwaits(Self.heartbeat(.loopClose, since: nil)).isEmpty)
    }

    /// The watchdog's look counts only for a process that never exited cleanly, and a task that never ended.
    @Test func theWatchdogsLookCountsOnlyWhenNothingCameAfter() {
        var facts = Self.heartbeat(.awaitStuck)
        #expect(Self.stalledAwaits(facts).count == 1)
        facts.tasks[1]?.end = .init(ns: 6_000_000_000, outcome: .result, exception: nil)
        #expect(Self.stalledAwaits(facts).isEmpty)
        facts.tasks[1]?.end = nil
        facts.processes[1]?.endNs = 7_000_000_000
        #expect(Self.stalledAwaits(facts).isEmpty)
    }

    @Test func aTaskWaitingOnAStalledTaskIsInItsStory() throws {
        let findings = Self.stalledAwaits(Self.heartbeat(plus: [Self.wait(2, .task, on: [1])]))
        #expect(findings.map(\.task) == [1])
        #expect(findings.first?.message.hasSuffix("; Task-2 (co2) waited on it") == true)
        #expect(findings.first?.awaitChains.map(\.task) == [1, 2])
    }

    @Test func aLibrarysAwaitIsNotBlamed() {
        var facts = Self.heartbeat()
        facts.sites[1] = .init(file: "/venv/lib/python3.11/site-packages/lib/pool.py", line: 1, function: "get",
                               stack: "/venv/lib/python3.11/site-packages/lib/pool.py:1:get")
        #expect(Self.stalledAwaits(facts).isEmpty)
    }

    @Test func aDeadlockedTaskIsTheDeadlocksAlone() {
        let facts = Self.heartbeat(plus: [Self.wait(2, .lock, on: [3]), Self.wait(3, .lock, on: [2])])
        #expect(Rule.findings(in: facts).map { "\($0.rule) \($0.task ?? 0)" } == ["deadlock 2", "stalled-await 1"])
        // Each waits on another stalled task, whose story would name it: none is a stall of its own.
        #expect(Self.stalledAwaits(facts).map(\.task) == [1])
    }

    @Test func aTaskPendingAtCloseTellsWhatItWaitedOn() throws {
        var facts = Self.with([50: Self.snapshot(.loopClose) { ($0.idleSinceNs, $0.timers) = (nil, 1) }],
                              [Self.wait(1, .event, detail: "Event")])
        facts.record(Event(id: 1, ts: 5_000_000_000, kind: .taskPendingAtClose, processID: 1, loopID: 20, taskID: 1,
                           siteID: 1, arg: 0))
        let findings = Rule.findings(in: facts)
        #expect(findings.map(\.rule) == ["pending-at-close"])
        #expect(try #require(findings.first).related.map(\.text) == [
            "task created at /src/app.py:41 (main) [t::hang]",
            "left waiting 4.00 s for an Event at /src/app.py:1 (co1)", "Event created at /src/app.py:11 (<module>)",
        ])
    }
}
