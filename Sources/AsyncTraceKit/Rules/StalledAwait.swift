/// A task still waiting, at the end, on something only another task could provide (an Event, a Future, a Lock,
/// a Queue, a task) after waiting on it longer than the recorder's hang threshold, while its loop went on.
public enum StalledAwait: RuleDefinition {
    public static let description = RuleDescription(
        id: "stalled-await",
        title: "Await that never completed",
        severity: .warning,
        summary: """
            Reports a task that was still waiting on an Event, a Future, a Lock, a Semaphore, a Condition, a \
            Barrier, a Queue or another task when the process was signalled (SIGTERM, SIGINT, SIGALRM: a CI \
            timeout, Ctrl-C, pytest-timeout) or called os._exit, when the scope that made it ended or when its \
            loop closed, after waiting on that same object for at least the recorder's hang threshold \
            (ASYNCTRACE_HANG_MS, default 2000), while nothing but another task could end the wait: no timer \
            (a timeout) around it, and no I/O, executor job or other thread on its loop that might have ended \
            it (a server waiting on its stop Event while it serves is no stall); for a process that was killed \
            without a word, the recorder's last look at the task counts. Blames the await line; the message says what it waited for, where \
            that was made (a Future: the program line that called create_future for it; one made with \
            asyncio.Future() or inside a library has no such line) and for how long. A task that is part of a deadlock, or whose task-left-running, \
            pending-at-close or cancelled-unfinished finding tells its story (with what it was waiting on), is \
            not reported again, nor is a task that only waited on another stalled task (the story of that one \
            names it).
            """,
        why: """
            A wait that nothing will ever satisfy does not fail: the task simply never runs again. While other \
            tasks keep the loop busy (a heartbeat, a server, a timeout), nothing looks stuck, and the work \
            behind the await (a reply, a shutdown, a flush) silently never happens until a timeout or a person \
            ends the process, with a traceback that points at the timeout, not at the await.
            """,
        fix: """
            Make sure whoever sets the Event, resolves the Future, releases the Lock or fills the Queue runs (and \
            cannot fail silently before it does), or put a timeout around the wait (async with \
            asyncio.timeout(...), asyncio.wait_for) and handle it where the wait is.
            """,
        triggeringExample: "stalled_await.py",
        nonTriggeringExample: "stalled_await_fixed.py",
        references: [.synchronization, .queues, .timeouts])

    /// The rule reads the snapshots and waits tables, no event.
    public static let evidence: Set<Event.Kind> = []

    /// The rules whose finding about a task tells its stalled await already: this rule leaves such tasks to them
    /// (`Rule.findings`), as it does the tasks of a deadlock.
    static let toldBy: Set<String> = [Deadlock.description.id, TaskLeftRunning.description.id,
                                      PendingAtClose.description.id, CancelledUnfinished.description.id]

    /// A wait that lasted past the threshold, in the snapshot that saw it longest.
    private struct Stall {
        var snapshotID: Int64
        var snapshot: Facts.Snapshot
        var wait: Facts.Wait
        var waitedNs: Int64
    }

    public static func findings(in facts: Facts) -> [Finding] {
        var stalls: [Int64: Stall] = [:]
        var waitingOnThem: [Int64: [Int64]] = [:]
        for (snapshotID, snapshot) in facts.orderedSnapshots() {
            guard let reason = snapshot.reason, let ts = snapshot.ts, let hangMs = snapshot.hangMs else { continue }
            // Only a wait that nothing but another task could end: I/O (a protocol's data_received sets an
            // Event, resolves a Future), an executor job or another thread might still have ended it. Unknown
            // (a loop without a selector) counts as might.
            guard snapshot.io == 0, snapshot.executorJobs == 0, snapshot.otherThreads == 0 else { continue }
            let atTheEnd: Bool
            switch reason {
            case .signal, .exit, .scopeEnd, .loopClose: atTheEnd = true
            case .awaitStuck, .noProgress:
                // The watchdog's look is the last one only for a process that never ended cleanly.
                guard snapshot.processID.flatMap({ facts.processes[$0] })?.endNs == nil else { continue }
                atTheEnd = false
            }
            let waits = facts.waits(in: snapshotID)
            var stalled: [Int64: Stall] = [:]
            for wait in waits where wait.kind?.isInternal == true && wait.deadlineNs == nil {  // no timer to wake it
                guard let taskID = wait.taskID, atTheEnd || facts.tasks[taskID]?.end == nil,
                      let frame = facts.blamedFrame(wait.siteID), facts.ownership.isProgram(frame.file)
                else { continue }
                // A loop idle in select ran nothing since then: a task waiting now waited at least as long.
                let idle = reason == .scopeEnd || reason == .loopClose ? nil : snapshot.idleSinceNs
                guard let since = wait.sinceNs ?? idle else { continue }
                let waited = ts.saturatingMinus(since)
                let (threshold, overflow) = hangMs.multipliedReportingOverflow(by: 1_000_000)
                guard !overflow, waited >= threshold else { continue }
                stalled[taskID] = Stall(snapshotID: snapshotID, snapshot: snapshot, wait: wait, waitedNs: waited)
            }
            // A task that waits on another stalled task is part of that one's story.
            let graph = Deadlock.awaitGraph(waits.filter { $0.taskID.map(stalled.keys.contains) ?? false })
            for (taskID, stall) in stalled {
                let onStalled = graph[taskID] ?? []
                if !onStalled.isEmpty {
                    for other in onStalled where !(waitingOnThem[other]?.contains(taskID) ?? false) {
                        waitingOnThem[other, default: []].append(taskID)
                    }
                    continue
                }
                if let known = stalls[taskID],
                   (rank(known.snapshot), known.waitedNs) >= (rank(stall.snapshot), stall.waitedNs) { continue }
                stalls[taskID] = stall
            }
        }
        return stalls.keys.sorted().compactMap { taskID in
            guard let stall = stalls[taskID] else { return nil }
            return finding(taskID, stall, waitedOnBy: (waitingOnThem[taskID] ?? []).filter { stalls[$0] == nil },
                           facts: facts)
        }
    }

    /// Which snapshot tells a stall best: the moment the run was ended from outside (a signal, os._exit), then
    /// the end of a scope or the close of a loop, then the watchdog's last look; the longest wait among equals.
    private static func rank(_ snapshot: Facts.Snapshot) -> Int {
        switch snapshot.reason {
        case .signal, .exit: 2
        case .scopeEnd, .loopClose: 1
        default: 0
        }
    }

    private static func finding(_ taskID: Int64, _ stall: Stall, waitedOnBy: [Int64], facts: Facts) -> Finding {
        let wait = stall.wait, snapshot = stall.snapshot
        let made = facts.location(wait.onSiteID).map { " (created at \($0))" } ?? ""
        let when: String
        switch snapshot.reason {
        case .signal: when = "when the process received \(snapshot.detail ?? "a signal")"
        case .exit: when = "when the process called \(snapshot.detail ?? "os._exit")"
        case .scopeEnd:
            let scope = snapshot.scopeID.flatMap { facts.scopes[$0] }.map(scopeName)
            when = "when \(scope ?? "the scope that made it") ended"
        case .loopClose: when = "when its event loop closed"
        default: when = "when the recorder last saw it (the process never exited cleanly)"
        }
        let behind = waitedOnBy.isEmpty ? "" : waitedOnBy.count == 1
            ? "; \(facts.fullName(waitedOnBy[0])) waited on it" : "; \(waitedOnBy.count) more tasks waited on it"
        let message = "\(facts.fullName(taskID)) waited \(TaskTable.duration(stall.waitedNs)) at "
            + "\(facts.awaitLine(wait)) for \(facts.waitsFor(wait, named: facts.fullName))\(made) "
            + "and was still waiting \(when)\(behind)"
        var related = facts.waitingSteps(wait)
        if let primitive = facts.primitiveMade(wait) { related.append(primitive) }
        for other in waitedOnBy.prefix(5) {
            guard let theirs = facts.waits(in: stall.snapshotID).first(where: { $0.taskID == other }) else { continue }
            related += facts.waitingSteps(theirs)
        }
        related += ([taskID] + wait.onTasks.prefix(3)).compactMap(facts.taskMade)
        return facts.hangFinding(description, wait: wait, snapshot: snapshot, message: message, related: related)
    }

    /// "main() under asyncio.run()", "test t::x", "fixture server".
    private static func scopeName(_ scope: Facts.Scope) -> String {
        let name = scope.name ?? "?"
        switch scope.kind {
        case .runner: return "\(name)() under \(scope.detail ?? "asyncio.run")()"
        case .test, .call, .setup, .teardown: return "test \(name)"
        case .fixture: return "fixture \(name)"
        case .session: return "the pytest session"
        case nil: return "the scope that made it"
        }
    }
}
