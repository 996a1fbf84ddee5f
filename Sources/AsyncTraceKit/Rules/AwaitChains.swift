/// What deadlock and stalled-await tell about a waiting task: its await line and chain, what it waits for, where
/// that was made, and where the task was made.
extension RelatedLocation {
    /// The role of each step of a stuck task's await chain after its first: the coroutine that awaited the step
    /// before it. The first step's role says "<task> waits for <what>"; the chain runs innermost first.
    public static let awaited = "awaited"

    /// Whether this place is a step of a stuck task's await chain (deadlock, stalled-await): the chain's first
    /// step, or one of the coroutines that awaited it.
    public var isAwaitStep: Bool { task != nil && (role == Self.awaited || role.contains(" waits for ")) }
}

extension Finding {
    /// The await chains its story tells, one per stuck task in story order, each innermost first (only the hang
    /// rules tell chains: the others' stories are not searched, a hundred thousand of them cost time).
    public var awaitChains: [(task: Int64, steps: [RelatedLocation])] {
        guard rule == Deadlock.description.id || rule == StalledAwait.description.id else { return [] }
        var chains: [(task: Int64, steps: [RelatedLocation])] = []
        for place in related where place.isAwaitStep {
            if place.role != RelatedLocation.awaited || chains.last?.task != place.task {
                chains.append((place.task!, []))
            }
            chains[chains.count - 1].steps.append(place)
        }
        return chains
    }
}

extension Facts {
    /// "Task-3": a task's latest name, else its coroutine, else its id.
    func shortName(_ taskID: Int64) -> String {
        histories[taskID]?.latestName ?? tasks[taskID]?.name ?? tasks[taskID]?.coroQualname ?? "task \(taskID)"
    }

    /// "Task-3 (audit)".
    func fullName(_ taskID: Int64) -> String { taskObject(taskID) ?? "task \(taskID)" }

    /// Who made the task first: by creation time, then id.
    func createdFirst(_ taskIDs: some Sequence<Int64>) -> Int64? {
        taskIDs.min { (tasks[$0]?.createdNs ?? .max, $0) < (tasks[$1]?.createdNs ?? .max, $1) }
    }

    /// What a wait is for, in words: "a Lock held by Task-3 (audit)", "an Event", "task Task-2 (producer)";
    /// `toward` names the one of its tasks the story follows (the next task of a cycle).
    func waitsFor(_ wait: Wait, toward next: Int64? = nil, named name: (Int64) -> String) -> String {
        let others = wait.onTasks.filter { $0 != next }
        let followed = next.map { [$0] } ?? Array(wait.onTasks.prefix(3))
        let names = followed.map { $0 == wait.taskID ? "itself" : name($0) }.joined(separator: ", ")
        let more = next == nil ? wait.onTasks.count - followed.count : others.count
        let andMore = more > 0 ? " and \(more) more" : ""
        switch wait.kind {
        case .lock where !followed.isEmpty:
            return followed == [wait.taskID ?? -1] ? "a Lock it holds itself" : "a Lock held by \(names)"
        case .task where !followed.isEmpty:
            return "task \(names)"
        case .gather where !followed.isEmpty:
            return "gather() of \(names)\(andMore)"
        case .queueGet, .queuePut:
            // "Queue empty (unbounded)": the class, then its size in parentheses.
            let detail = wait.detail ?? "Queue"
            let kind = detail.split(separator: " ").first.map(String.init) ?? "Queue"
            let size = detail.range(of: "(", options: .backwards).map { detail[$0.upperBound...].dropLast() }
                .map { ", \($0)" } ?? ""
            return wait.kind == .queueGet ? "an item of a \(kind) (empty\(size))" : "room in a \(kind) (full\(size))"
        case .semaphore?, .barrier?, .future?:
            // "Semaphore (value 0)", "Barrier of 3 (1 waiting)", the future's class.
            guard let detail = wait.detail, let first = detail.first else { return wait.kind!.noun }
            return "\("AEIOU".contains(first) ? "an" : "a") \(detail)"
        case .queueJoin?:
            return wait.detail ?? wait.kind!.noun
        case let kind?:
            return kind.noun
        case nil:
            return wait.detail ?? "something this asynctrace does not know"
        }
    }

    /// "file:line" of a wait's await line.
    func awaitLine(_ wait: Wait) -> String { location(wait.siteID) ?? "an unknown line" }

    /// The task's await chain, innermost first, as "file:line:function" lines.
    func awaitChain(_ wait: Wait) -> [String] {
        wait.siteID.flatMap { sites[$0] }?.stack?.split(whereSeparator: \.isNewline).map(String.init) ?? []
    }

    /// The story of a waiting task: its await line with `role`, then each coroutine that awaited the one
    /// before, outwards (the frames inside the await line are asyncio's, in the finding's stack).
    func awaitSteps(_ wait: Wait, role: String) -> [RelatedLocation] {
        guard let frame = blamedFrame(wait.siteID) else {
            return [RelatedLocation(role: role, task: wait.taskID)]
        }
        var steps = [RelatedLocation(role: role, file: frame.file, line: frame.line, function: frame.function,
                                     task: wait.taskID)]
        let frames = wait.siteID.flatMap { sites[$0] }?.frames ?? []
        if let at = frames.firstIndex(where: { $0.file == frame.file && $0.line == frame.line }) {
            for outer in frames[(at + 1)...] {
                steps.append(RelatedLocation(role: RelatedLocation.awaited, file: outer.file, line: outer.line,
                                             function: outer.function, task: wait.taskID))
            }
        }
        return steps
    }

    /// The same, its first step saying "<task> waits for <what>" (`toward`: the task of it the story follows).
    func waitingSteps(_ wait: Wait, toward next: Int64? = nil) -> [RelatedLocation] {
        let task = wait.taskID.map(fullName) ?? "a task"
        return awaitSteps(wait, role: "\(task) waits for \(waitsFor(wait, toward: next, named: fullName))")
    }

    /// Where the primitive a task waits on was made: "Lock created at x.py:8".
    func primitiveMade(_ wait: Wait) -> RelatedLocation? {
        guard let frame = blamedFrame(wait.onSiteID) else { return nil }
        let what: String
        switch wait.kind {
        case .lock: what = "Lock"
        case .event: what = "Event"
        case .semaphore: what = "Semaphore"
        case .condition: what = "Condition"
        case .barrier: what = "Barrier"
        case .queueGet, .queuePut, .queueJoin: what = "Queue"
        case .future: what = "Future"
        default: what = wait.detail?.split(separator: " ").first.map(String.init) ?? "what it waits on"
        }
        return RelatedLocation(role: "\(what) created", file: frame.file, line: frame.line, function: frame.function)
    }

    /// "task Task-3 (audit) created at ...".
    func taskMade(_ taskID: Int64) -> RelatedLocation? {
        guard let task = tasks[taskID], let frame = blamedFrame(task.siteID) else { return nil }
        return RelatedLocation(role: "task \(fullName(taskID)) created", file: frame.file, line: frame.line,
                               function: frame.function, task: taskID, loop: task.loopID,
                               test: task.testID.flatMap { tests[$0]?.nodeid })
    }

    /// A finding about tasks stuck on awaits, blamed on `wait`'s await line, with the task's chain as its stack.
    func hangFinding(_ rule: RuleDescription, wait: Wait, snapshot: Snapshot, message: String,
                     related: [RelatedLocation]) -> Finding {
        let frame = blamedFrame(wait.siteID)
        let task = wait.taskID.flatMap { tasks[$0] }
        let loop = snapshot.loopID.flatMap { loops[$0] }
        let thread = loop?.runThreadID ?? task?.threadID
        return Finding(
            rule: rule.id, severity: rule.severity, message: message, file: frame?.file, line: frame?.line,
            function: frame?.function, object: wait.taskID.flatMap { taskObject($0) },
            test: outermostTest(task?.testID ?? snapshot.testID).flatMap { tests[$0]?.nodeid },
            pid: (snapshot.processID ?? task?.processID).flatMap { processes[$0]?.pid },
            loop: snapshot.loopID ?? task?.loopID, thread: thread.flatMap { threads[$0]?.name }, task: wait.taskID,
            timestampNs: snapshot.ts, stack: awaitChain(wait), related: related)
    }

    /// How the snapshot came to be taken, for a message: "seen when the process received SIGTERM, its loop
    /// idle for 2.10 s".
    func seen(_ snapshot: Snapshot) -> String {
        let idle = snapshot.idleSinceNs.flatMap { since in snapshot.ts.map { $0.saturatingMinus(since) } }
            .map { ", its loop idle for \(TaskTable.duration($0))" } ?? ""
        switch snapshot.reason {
        case .noProgress: return "seen when its loop had made no progress\(idle)"
        case .awaitStuck: return "seen by the recorder's watchdog\(idle)"
        case .signal: return "seen when the process received \(snapshot.detail ?? "a signal")\(idle)"
        case .exit: return "seen when the process called \(snapshot.detail ?? "os._exit")\(idle)"
        case .scopeEnd: return "seen when the scope that made it ended"
        case .loopClose: return "seen when its loop closed"
        case nil: return "seen by the recorder"
        }
    }
}
