extension Facts {
    /// A row of the snapshots table: the moment the recorder looked at a loop and its pending tasks, why, and
    /// what the loop could still do by itself then (a nil count: the loop could not say, a uvloop loop say).
    public struct Snapshot: Sendable {
        public enum Reason: String, Sendable, CaseIterable {
            /// The loop had waited in select for `hangMs` with no timer scheduled (the recorder's watchdog).
            case noProgress = "no_progress"
            /// A task had stayed `hangMs` on one await of a primitive or task while the loop ran others.
            case awaitStuck = "await_stuck"
            /// The process received SIGTERM, SIGINT or SIGALRM (`detail` names it).
            case signal
            /// The process called os._exit.
            case exit
            /// A scope (`scopeID`) ended with tasks made in it still pending.
            case scopeEnd = "scope_end"
            /// The loop closed with tasks pending.
            case loopClose = "loop_close"
        }

        public var processID: Int64?
        public var loopID: Int64?
        public var threadID: Int64? = nil
        public var testID: Int64? = nil
        public var ts: Int64?
        /// nil: a reason this asynctrace does not know.
        public var reason: Reason?
        /// signal: its name; exit: "os._exit(STATUS)".
        public var detail: String? = nil
        public var scopeID: Int64? = nil
        /// The threshold in force (ASYNCTRACE_HANG_MS).
        public var hangMs: Int64?
        /// Since when the loop had been waiting in select; nil: it was running a callback, or not running.
        public var idleSinceNs: Int64? = nil
        public var ready: Int64? = nil
        public var timers: Int64? = nil
        public var nextTimerNs: Int64? = nil
        public var io: Int64? = nil
        public var executorJobs: Int64? = nil
        /// 1: a thread other than the loop's own (and its executor's) that scheduled callbacks on it was alive.
        public var otherThreads: Int64? = nil
    }

    /// A row of the waits table: what one task waited on in one snapshot.
    public struct Wait: Sendable {
        public enum Kind: String, Sendable, CaseIterable {
            case running, ready, task, gather, future, event, lock, semaphore, condition, barrier
            case queueGet = "queue_get", queuePut = "queue_put", queueJoin = "queue_join"
            case sleep, executor, io, server

            /// Whether only another task of the same loop can wake a task waiting on it: neither a timer, an
            /// executor job, I/O nor the loop itself will.
            public var isInternal: Bool {
                switch self {
                case .task, .gather, .future, .event, .lock, .semaphore, .condition, .barrier, .queueGet, .queuePut,
                     .queueJoin:
                    return true
                case .running, .ready, .sleep, .executor, .io, .server:
                    return false
                }
            }

            /// Whether `onTasks` are tasks this one cannot go on without: the awaited task, gather's pending
            /// children, a Lock's holder. An await cycle runs through these edges only.
            public var blocksOnTasks: Bool { self == .task || self == .gather || self == .lock }

            /// "a Lock", "an Event", "task", "gather()" ...: what the story says it waits for.
            var noun: String {
                switch self {
                case .task: "a task"
                case .gather: "gather()"
                case .future: "a Future"
                case .event: "an Event"
                case .lock: "a Lock"
                case .semaphore: "a Semaphore"
                case .condition: "a Condition"
                case .barrier: "a Barrier"
                case .queueGet: "a Queue item"
                case .queuePut: "room in a Queue"
                case .queueJoin: "Queue.join()"
                case .sleep: "a sleep"
                case .executor: "an executor job"
                case .io: "I/O"
                case .server: "serve_forever()"
                case .running: "nothing (it was running)"
                case .ready: "its turn (it was ready to run)"
                }
            }
        }

        public var snapshotID: Int64
        public var taskID: Int64?
        /// The task's await chain: the site's stack, innermost first; its file:line is the program's await.
        public var siteID: Int64?
        /// nil: a kind this asynctrace does not know (taken as one that something outside the tasks wakes).
        public var kind: Kind?
        /// The tasks it waits on: the awaited task, gather's pending children, the task holding the Lock.
        public var onTasks: [Int64] = []
        /// Where the awaited primitive was made.
        public var onSiteID: Int64? = nil
        /// A timer that will wake it (a sleep, a timeout around the await).
        public var deadlineNs: Int64? = nil
        /// The recorder saw it waiting on the same object from then on; nil: never seen before.
        public var sinceNs: Int64? = nil
        /// What it waits on, in a few words ("Event", "Lock held by another task").
        public var detail: String? = nil

        /// Parses the space-separated ids of waits.on_tasks; what is not a number names nothing.
        static func taskIDs(_ text: String?) -> [Int64] {
            (text ?? "").split(whereSeparator: \.isWhitespace).compactMap { Int64($0) }
        }
    }

    /// The waits of a snapshot, by task id.
    public func waits(in snapshotID: Int64) -> [Wait] {
        waits[snapshotID, default: []]
    }

    /// The snapshots in time order (then by id).
    public func orderedSnapshots() -> [(id: Int64, snapshot: Snapshot)] {
        snapshots.map { (id: $0.key, snapshot: $0.value) }
            .sorted { ($0.snapshot.ts ?? .min, $0.id) < ($1.snapshot.ts ?? .min, $1.id) }
    }

    /// What each task waited on in the last snapshot that names it (by time, then id), and that snapshot.
    public func lastWaits() -> [Int64: (wait: Wait, snapshot: Snapshot)] {
        var last: [Int64: (wait: Wait, snapshot: Snapshot)] = [:]
        for (id, snapshot) in orderedSnapshots() {
            for wait in waits(in: id) { if let task = wait.taskID { last[task] = (wait, snapshot) } }
        }
        return last
    }

    /// What task `taskID` waited on in the last snapshot that names it, and that snapshot.
    public func lastWait(of taskID: Int64) -> (wait: Wait, snapshot: Snapshot)? { lastWaits()[taskID] }

    /// What task `taskID` waited on in the snapshot the recorder took when `event` happened: the end of the
    /// scope a task_alive_at_scope_end names, the close of the loop of a task_pending_at_close.
    func waitAtTheEnd(of taskID: Int64, event: Event) -> Wait? {
        let loopID = event.loopID ?? tasks[taskID]?.loopID
        let candidates = snapshots.filter { _, snapshot in
            switch event.kind {
            case .taskAliveAtScopeEnd: snapshot.reason == .scopeEnd && snapshot.scopeID == event.refID
            case .taskPendingAtClose: snapshot.reason == .loopClose && snapshot.loopID == loopID
            default: false
            }
        }
        return candidates.keys.sorted().lazy.compactMap { id in
            self.waits(in: id).first { $0.taskID == taskID }
        }.first
    }

    /// "Event (x.py:11)", "Lock held by Task-3 (audit) (x.py:8)": what a wait was on and where that object was
    /// made, for a table; paths relative to `root` when given.
    public func waitedOn(_ wait: Wait, root: ProjectRoot? = nil) -> String {
        var what: String
        let names = wait.onTasks.prefix(3).map { taskObject($0) ?? String($0) }.joined(separator: ", ")
        let more = wait.onTasks.count > 3 ? " and \(wait.onTasks.count - 3) more" : ""
        switch wait.kind {
        case .lock? where !wait.onTasks.isEmpty: what = "Lock held by \(names)"
        case .task? where !wait.onTasks.isEmpty: what = "task \(names)"
        case .gather? where !wait.onTasks.isEmpty: what = "gather() of \(names)\(more)"
        case .running?: what = "nothing (running)"
        case .ready?: what = "nothing (ready to run)"
        default: what = wait.detail ?? wait.kind?.rawValue ?? "something"
        }
        if let made = location(wait.onSiteID) { what += " (\(root?.relative(made) ?? made))" }
        return what
    }

    /// "Event (x.py:11) at x.py:13": `waitedOn` and the task's await line.
    public func waitSummary(_ wait: Wait, root: ProjectRoot? = nil) -> String {
        let at = location(wait.siteID).map { " at \(root?.relative($0) ?? $0)" } ?? ""
        return waitedOn(wait, root: root) + at
    }
}
