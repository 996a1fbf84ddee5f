import GRDB

/// Everything the rules need from a trace: the small per-object tables keyed by id, and what one pass
/// over the events table found out about each task and each incident.
public struct Facts: Sendable {
    public struct Process: Sendable { public var pid: Int64? }
    public struct Thread: Sendable { public var name: String? }
    public struct Test: Sendable { public var nodeid: String? }
    public struct Site: Sendable {
        public var file: String?
        public var line: Int64?
        public var function: String?
        public var stack: String?
    }
    public struct Loop: Sendable {
        public var processID: Int64?
        public var threadID: Int64?
    }
    public struct Task: Sendable {
        public var processID: Int64?
        public var loopID: Int64?
        public var name: String?
        public var coroQualname: String?
        public var siteID: Int64?
        public var threadID: Int64?
        public var testID: Int64?
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
    /// Events that are findings on their own (never awaited, cross-loop, cross-thread, never retrieved),
    /// in trace order.
    public var incidents: [Event.Kind: [Event]] = [:]

    public init() {}

    /// Adds one event in trace order: task-scoped kinds update that task's history, the others are kept.
    public mutating func record(_ event: Event) {
        switch event.kind {
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
}

extension Trace {
    /// Longest text kept from any column: a name, message or path longer than this is damage, not data.
    static let maxText = 4096
    /// Stacks are several lines of paths.
    static let maxStack = 65536

    /// Loads the per-object tables, then reads the events rules need in one pass in id order.
    public func facts() throws(TraceError) -> Facts {
        try withDatabase { db in
            var facts = Facts()
            let text = { (column: String) in "substr(\(column), 1, \(Self.maxText))" }
            try each(db, "SELECT id, pid FROM processes") { id, row in
                facts.processes[id] = .init(pid: row.int(1))
            }
            try each(db, "SELECT id, \(text("name")) FROM threads") { id, row in
                facts.threads[id] = .init(name: row.text(1))
            }
            try each(db, "SELECT id, \(text("nodeid")) FROM tests") { id, row in
                facts.tests[id] = .init(nodeid: row.text(1))
            }
            try each(db, """
                SELECT id, \(text("file")), line, \(text("function")), substr(stack, 1, \(Self.maxStack)) FROM sites
                """) { id, row in
                facts.sites[id] = .init(file: row.text(1), line: row.int(2), function: row.text(3), stack: row.text(4))
            }
            try each(db, "SELECT id, process_id, thread_id FROM loops") { id, row in
                facts.loops[id] = .init(processID: row.int(1), threadID: row.int(2))
            }
            // A trace can hold millions of tasks: growing the dictionary step by step costs more than a count.
            facts.tasks.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM tasks") ?? 0)
            try each(db, """
                SELECT id, process_id, loop_id, \(text("name")), \(text("coro_qualname")), site_id, thread_id,
                       test_id FROM tasks
                """) { id, row in
                facts.tasks[id] = .init(processID: row.int(1), loopID: row.int(2), name: row.text(3),
                                        coroQualname: row.text(4), siteID: row.int(5), threadID: row.int(6),
                                        testID: row.int(7))
            }
            let kinds = Event.Kind.allCases.map { String($0.rawValue) }.joined(separator: ", ")
            // Columns by index, not by name or Decodable: this loop may see millions of rows.
            try each(db, """
                SELECT id, ts, kind, process_id, thread_id, loop_id, task_id, test_id, site_id, ref_id, arg,
                       \(text("detail"))
                FROM events WHERE kind IN (\(kinds)) ORDER BY id
                """) { id, row in
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
