import GRDB

/// Everything the rules need from a trace: the small per-object tables keyed by id, and what one pass
/// over the events table found out about each task and each incident.
public struct Facts: Sendable {
    public struct Process: Sendable {
        public var pid: Int64?
        /// The command line as recorded: a JSON array.
        public var argv: String? = nil
        public var startNs: Int64? = nil
        /// NULL unless the process exited cleanly.
        public var endNs: Int64? = nil
    }
    public struct Thread: Sendable {
        public var name: String?
        public var processID: Int64? = nil
    }
    public struct Test: Sendable {
        public var nodeid: String?
        public var processID: Int64? = nil
        /// passed, failed or skipped, as pytest reported it.
        public var outcome: String? = nil
        public var startNs: Int64? = nil
        public var endNs: Int64? = nil
    }
    public struct Site: Sendable {
        public var file: String?
        public var line: Int64?
        public var function: String?
        public var stack: String?
    }
    public struct Loop: Sendable {
        public var processID: Int64?
        /// The thread that created the loop.
        public var threadID: Int64?
        public var className: String? = nil
        public var createdNs: Int64? = nil
        /// The thread of the loop's first run, which is where its tasks ran.
        public var runThreadID: Int64? = nil
        public var closedNs: Int64? = nil
    }
    public struct Task: Sendable {
        /// How a finished task ended (task_ends.outcome).
        public enum Outcome: Int64, Sendable {
            case result = 0, exception = 1, cancelled = 2
        }

        /// The task's task_ends row.
        public struct End: Sendable {
            public var ns: Int64?
            /// nil when the row holds a value this asynctrace does not know.
            public var outcome: Outcome?
            /// Qualified name of the exception type when the task raised.
            public var exception: String?
        }

        public var processID: Int64?
        public var loopID: Int64?
        public var name: String?
        public var coroQualname: String?
        public var siteID: Int64?
        public var threadID: Int64?
        public var testID: Int64?
        public var parentID: Int64? = nil
        public var createdNs: Int64? = nil
        /// nil: the task never finished.
        public var end: End? = nil
    }

    /// The task-scoped events of one task, first occurrence of each kind.
    public struct TaskHistory: Sendable {
        public var cancelRequest: Event?
        public var pendingAtClose: Event?
        public var pendingAtExit: Event?
        public var destroyedPending: Event?
        public var cancelSwallowed: Event?
        /// The name from the last task_renamed event.
        public var latestName: String?

        /// Whether cancel() had been requested when `event` happened. A close/exit event records it in
        /// `arg`; otherwise only an earlier task_cancel_requested event says so.
        public func cancelRequested(before event: Event) -> Bool {
            if event.kind == .taskPendingAtClose || event.kind == .taskPendingAtExit, event.arg == 1 { return true }
            return cancelRequest.map { $0.id < event.id } ?? false
        }
    }

    public var processes: [Int64: Process] = [:]
    public var threads: [Int64: Thread] = [:]
    public var tests: [Int64: Test] = [:]
    public var sites: [Int64: Site] = [:]
    public var loops: [Int64: Loop] = [:]
    public var tasks: [Int64: Task] = [:]
    public var histories: [Int64: TaskHistory] = [:]
    /// The latest timestamp read from any row of each process (by processes.id): where a process that was
    /// killed stops.
    public private(set) var lastSeenNs: [Int64: Int64] = [:]
    /// Events that are findings on their own (never awaited, cross-loop, cross-thread, never retrieved),
    /// in trace order.
    public var incidents: [Event.Kind: [Event]] = [:]

    public init() {}

    /// Adds one event in trace order: task-scoped kinds update that task's history, loop kinds that loop,
    /// the others are kept.
    public mutating func record(_ event: Event) {
        saw(event.ts, in: event.processID)
        switch event.kind {
        case .loopRunStart, .loopClosed:
            guard let loopID = event.loopID, var loop = loops[loopID] else { return }
            if event.kind == .loopRunStart {
                loop.runThreadID = loop.runThreadID ?? event.threadID
            } else {
                loop.closedNs = loop.closedNs ?? event.ts
            }
            loops[loopID] = loop
        case .taskCancelRequested, .taskPendingAtClose, .taskDestroyedPending, .taskCancelSwallowed,
             .taskPendingAtExit, .taskRenamed:
            // A task-scoped event that names no task has nothing to attach to or blame.
            guard let taskID = event.taskID else { return }
            var history = histories[taskID, default: TaskHistory()]
            switch event.kind {
            case .taskCancelRequested: history.cancelRequest = history.cancelRequest ?? event
            case .taskPendingAtClose: history.pendingAtClose = history.pendingAtClose ?? event
            case .taskDestroyedPending: history.destroyedPending = history.destroyedPending ?? event
            case .taskCancelSwallowed: history.cancelSwallowed = history.cancelSwallowed ?? event
            case .taskPendingAtExit: history.pendingAtExit = history.pendingAtExit ?? event
            default: history.latestName = event.detail ?? history.latestName
            }
            histories[taskID] = history
        case .exceptionNeverRetrieved, .coroutineNeverAwaited, .crossLoopAwait, .crossThreadCall:
            incidents[event.kind, default: []].append(event)
        }
    }

    /// Moves a process's last known moment to `ns` if that is later.
    mutating func saw(_ ns: Int64?, in processID: Int64?) {
        guard let ns, let processID else { return }
        // One hash lookup: this runs for every task and event.
        func raise(_ last: inout Int64) { if ns > last { last = ns } }
        raise(&lastSeenNs[processID, default: ns])
    }
}

/// How far a long read has come: `done` of `total` units of `stage`.
public struct ReadProgress: Sendable {
    public var stage: String
    public var done: Int
    public var total: Int
}

extension Trace {
    /// Longest text kept from any column: a name, message or path longer than this is damage, not data.
    static let maxText = 4096
    /// Stacks are several lines of paths.
    static let maxStack = 65536
    /// Rows between two progress reports.
    static let progressStep = 1 << 16

    /// Loads the per-object tables, each task with how it ended, then reads the events in one pass in id
    /// order. `progress` hears about the two long reads, tasks and events.
    public func facts(progress: (ReadProgress) -> Void = { _ in }) throws(TraceError) -> Facts {
        try withDatabase { db in
            var facts = Facts()
            let text = { (column: String) in "substr(\(column), 1, \(Self.maxText))" }
            try each(db, "SELECT id, pid, \(text("argv")), start_mono_ns, end_mono_ns FROM processes") { id, row in
                facts.processes[id] = .init(pid: row.int(1), argv: row.text(2), startNs: row.int(3), endNs: row.int(4))
                facts.saw(row.int(4) ?? row.int(3), in: id)
            }
            try each(db, "SELECT id, \(text("name")), process_id FROM threads") { id, row in
                facts.threads[id] = .init(name: row.text(1), processID: row.int(2))
            }
            try each(db, """
                SELECT id, \(text("nodeid")), process_id, \(text("outcome")), start_ns, end_ns FROM tests
                """) { id, row in
                facts.tests[id] = .init(nodeid: row.text(1), processID: row.int(2), outcome: row.text(3),
                                        startNs: row.int(4), endNs: row.int(5))
                facts.saw(row.int(5) ?? row.int(4), in: row.int(2))
            }
            try each(db, """
                SELECT id, \(text("file")), line, \(text("function")), substr(stack, 1, \(Self.maxStack)) FROM sites
                """) { id, row in
                facts.sites[id] = .init(file: row.text(1), line: row.int(2), function: row.text(3), stack: row.text(4))
            }
            try each(db, "SELECT id, process_id, thread_id, \(text("class_name")), created_ns FROM loops") { id, row in
                facts.loops[id] = .init(processID: row.int(1), threadID: row.int(2), className: row.text(3),
                                        createdNs: row.int(4))
            }
            // A trace can hold millions of tasks: growing the dictionary step by step costs more than a count.
            let taskCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM tasks") ?? 0
            facts.tasks.reserveCapacity(taskCount)
            var tasksRead = 0
            // task_ends.task_id is the table's primary key, so the join is one lookup per task.
            try each(db, """
                SELECT t.id, t.process_id, t.loop_id, \(text("t.name")), \(text("t.coro_qualname")), t.site_id,
                       t.thread_id, t.test_id, t.parent_task_id, t.created_ns,
                       e.task_id, e.ts, e.outcome, \(text("e.exception"))
                FROM tasks AS t LEFT JOIN task_ends AS e ON e.task_id = t.id
                """) { id, row in
                var task = Facts.Task(processID: row.int(1), loopID: row.int(2), name: row.text(3),
                                      coroQualname: row.text(4), siteID: row.int(5), threadID: row.int(6),
                                      testID: row.int(7), parentID: row.int(8), createdNs: row.int(9))
                if row.int(10) != nil {
                    task.end = .init(ns: row.int(11), outcome: row.int(12).flatMap(Facts.Task.Outcome.init),
                                     exception: row.text(13))
                }
                facts.tasks[id] = task
                facts.saw(task.end?.ns ?? task.createdNs, in: task.processID)
                tasksRead += 1
                if tasksRead % Self.progressStep == 0 {
                    progress(.init(stage: "reading tasks", done: tasksRead, total: taskCount))
                }
            }
            // Ids grow with insertion, so the last id tells how far the pass has come without a count.
            let lastEventID = Int(try Int64.fetchOne(db, sql: "SELECT max(id) FROM events") ?? 0)
            var eventsRead = 0
            let kinds = Event.Kind.allCases.map { String($0.rawValue) }.joined(separator: ", ")
            // Columns by index, not by name or Decodable: this loop may see millions of rows.
            try each(db, """
                SELECT id, ts, kind, process_id, thread_id, loop_id, task_id, test_id, site_id, ref_id, arg,
                       \(text("detail"))
                FROM events WHERE kind IN (\(kinds)) ORDER BY id
                """) { id, row in
                eventsRead += 1
                if eventsRead % Self.progressStep == 0 {
                    progress(.init(stage: "reading events", done: Int(id), total: lastEventID))
                }
                guard let rawKind = row.int(2), let kind = Event.Kind(rawValue: rawKind) else { return }
                var event = Event(id: id, kind: kind)
                event.ts = row.int(1)
                event.processID = row.int(3)
                event.threadID = row.int(4)
                event.loopID = row.int(5)
                event.taskID = row.int(6)
                event.testID = row.int(7)
                event.siteID = row.int(8)
                event.refID = row.int(9)
                event.arg = row.int(10)
                event.detail = row.text(11)
                facts.record(event)
            }
            return facts
        }
    }

    /// Calls `body` for every row of `sql` whose first column, the id, is not NULL.
    private func each(_ db: Database, _ sql: String, _ body: (Int64, Row) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: sql)
        while let row = try rows.next() {
            if let id = row.int(0) { try body(id, row) }
        }
    }
}

extension Row {
    // Typed reads by index that never trap on a wrong type. A number that is not an integer is truncated;
    // text or bytes where a number belongs read as NULL (SQLite would convert them to 0, a plausible id).
    fileprivate func int(_ index: Int) -> Int64? {
        switch (self[index] as DatabaseValue).storage {
        case .int64(let number): number
        case .double(let number) where number.magnitude < 0x1p63: Int64(number)
        default: nil
        }
    }

    /// Text as UTF-8, invalid sequences replaced; bytes are read as text the same way.
    fileprivate func text(_ index: Int) -> String? { self[index] }
}
