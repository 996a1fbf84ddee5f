import GRDB

/// How far a long read has come: `done` of `total` units of `stage`.
public struct ReadProgress: Sendable {
    public var stage: String
    public var done: Int
    public var total: Int
}

extension Trace {
    /// Longest text kept from any column, in bytes: a name, message or path longer than this is damage, not data.
    static let maxText = 4096
    /// Stacks are several lines of paths.
    static let maxStack = 65536

    /// The SQL for `column` cut to `limit` bytes. Cut as bytes: `substr` of text stops at the first NUL,
    /// which would cut a task name short.
    static func cappedText(_ column: String, limit: Int = maxText) -> String {
        "substr(CAST(\(column) AS BLOB), 1, \(limit))"
    }

    /// Rows between two progress reports.
    static let progressStep = 1 << 16

    /// Everything: every object, and every event the analyzer reads, in one pass in id order. For the
    /// report, the timeline, the task list and the summary, which show every task. `progress` hears about
    /// the two long reads, tasks and events.
    public func facts(progress: (ReadProgress) -> Void = { _ in }) throws(TraceError) -> Facts {
        try withDatabase { db in
            var facts = Facts()
            for table in ObjectTable.allCases where table != .tasks {
                try db.eachRow(table.select) { table.store($0, in: &facts) }
            }
            // A trace can hold millions of tasks: growing the dictionary step by step costs more than a count.
            let taskCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM tasks") ?? 0
            facts.tasks.reserveCapacity(taskCount)
            var tasksRead = 0
            try db.eachRow(ObjectTable.tasks.select) { row in
                ObjectTable.tasks.store(row, in: &facts)
                tasksRead += 1
                if tasksRead % Self.progressStep == 0 {
                    progress(.init(stage: "reading tasks", done: tasksRead, total: taskCount))
                }
            }
            try db.eachRow("SELECT test_id, sum(tasks) FROM task_counts GROUP BY test_id") { row in
                facts.countedTasksByTest[row.int(0), default: 0].addSaturating(Int(row.int(1) ?? 0))
            }
            var counter = EventCounter(lastID: try Int64.fetchOne(db, sql: "SELECT max(id) FROM events") ?? 0)
            try db.eachRow("""
                SELECT \(Self.eventColumns.joined(separator: ", ")) FROM events
                WHERE \(Self.kindRange(Event.Kind.allCases)) ORDER BY id
                """) { row in
                guard let event = Event(row) else { return }
                if let report = counter.count(event.id) { progress(report) }
                facts.record(event)
            }
            return facts
        }
    }

    /// How many tasks a lean-level recording counted instead of storing (table task_counts): they ended with a
    /// result, were never cancelled, made no task and nothing named them.
    public func countedTasks() throws(TraceError) -> Int {
        try withDatabase(Self.countedTasks)
    }

    private static func countedTasks(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT coalesce(sum(tasks), 0) FROM task_counts") ?? 0
    }

    /// `kind BETWEEN lowest AND highest` of `kinds`: a range costs SQLite a third of what an IN list does.
    /// Rows of other kinds in between come too, for the reader to skip.
    static func kindRange(_ kinds: [Event.Kind]) -> String {
        let kinds = kinds.map(\.rawValue)
        return "kind BETWEEN \(kinds.min() ?? 0) AND \(kinds.max() ?? 0)"
    }

    static let eventColumns = ["id", "ts", "kind", "process_id", "thread_id", "loop_id", "task_id", "test_id",
                               "site_id", "ref_id", "arg", cappedText("detail")]
}

/// How far a pass over the events has come: ids grow with insertion, so the last id tells without a count.
private struct EventCounter {
    let lastID: Int64
    var read = 0

    /// Counts event `id`; every so often returns the progress to report.
    mutating func count(_ id: Int64) -> ReadProgress? {
        read += 1
        guard read % Trace.progressStep == 0 else { return nil }
        return ReadProgress(stage: "reading events", done: Int(id), total: Int(lastID))
    }
}

extension Event {
    /// An event from a row of `Trace.eventColumns`; nil for a kind the analyzer does not read, or an id
    /// that is not a whole number (a damaged trace: only such ids can be looked up again).
    init?(_ row: some SQLiteValues) {
        guard let id = row.wholeNumber(0), let kind = row.wholeNumber(2).flatMap(Kind.init) else { return nil }
        self.init(id: id, ts: row.int(1), kind: kind, processID: row.int(3), threadID: row.int(4),
                  loopID: row.int(5), taskID: row.int(6), testID: row.int(7), siteID: row.int(8),
                  refID: row.int(9), arg: row.int(10), detail: row.text(11))
    }
}

/// The per-object tables as Facts holds them: the columns read, texts cut to a sane length, and where each
/// row goes. The first column is the id; a row without one, or whose id is not a whole number, is skipped.
enum ObjectTable: CaseIterable {
    case processes, threads, tests, sites, loops, tasks, taskSites, scopes, snapshots, waits

    /// `SELECT ... FROM ...`, up to where a WHERE clause would begin.
    var select: String {
        let text = { (column: String) in Trace.cappedText(column) }
        switch self {
        case .processes:
            return "SELECT id, pid, \(text("argv")), start_mono_ns, end_mono_ns, parent_pid FROM processes"
        case .threads:
            return "SELECT id, \(text("name")), process_id FROM threads"
        case .tests:
            return "SELECT id, \(text("nodeid")), process_id, \(text("outcome")), start_ns, end_ns FROM tests"
        case .sites:
            return """
                SELECT id, \(text("file")), line, \(text("function")),
                       \(Trace.cappedText("stack", limit: Trace.maxStack)) FROM sites
                """
        case .loops:
            return "SELECT id, process_id, thread_id, \(text("class_name")), created_ns, site_id FROM loops"
        case .taskSites:
            return "SELECT site_id, scheduled_site_id FROM task_sites"
        case .scopes:
            return """
                SELECT id, end_id, ready_id, process_id, parent_id, \(text("kind")), \(text("name")), \(text("detail")),
                       test_id, loop_id, site_id, start_ns, end_ns FROM scopes
                """
        case .snapshots:
            return """
                SELECT id, process_id, loop_id, thread_id, test_id, ts, \(text("reason")), \(text("detail")), scope_id,
                       hang_ms, idle_since_ns, ready, timers, next_timer_ns, io, executor_jobs, other_threads
                FROM snapshots
                """
        case .waits:
            return """
                SELECT snapshot_id, task_id, site_id, \(text("kind")), \(text("on_tasks")), on_site_id, deadline_ns,
                       since_ns, \(text("detail")) FROM waits
                """
        case .tasks:
            // task_ends.task_id is the table's primary key, so the join is one lookup per task. A task that ended
            // before its row was written has its end in the row, and no task_ends row.
            return """
                SELECT t.id, t.process_id, t.loop_id, \(text("t.name")), \(text("t.coro_qualname")), t.site_id,
                       t.thread_id, t.test_id, t.parent_task_id, t.created_ns,
                       coalesce(e.task_id, CASE WHEN t.ended_ns IS NOT NULL THEN t.id END),
                       CASE WHEN e.task_id IS NULL THEN t.ended_ns ELSE e.ts END,
                       CASE WHEN e.task_id IS NULL THEN t.outcome ELSE e.outcome END,
                       \(text("CASE WHEN e.task_id IS NULL THEN t.exception ELSE e.exception END"))
                FROM tasks AS t LEFT JOIN task_ends AS e ON e.task_id = t.id
                """
        }
    }

    /// The id column of `select`.
    var key: String {
        switch self {
        case .tasks: "t.id"
        case .taskSites: "site_id"
        case .waits: "snapshot_id"
        default: "id"
        }
    }

    func store(_ row: Columns, in facts: inout Facts) {
        guard let id = row.wholeNumber(0) else { return }
        switch self {
        case .processes:
            facts.processes[id] = .init(pid: row.int(1), parentPid: row.int(5), argv: row.text(2), startNs: row.int(3),
                                        endNs: row.int(4))
            facts.saw(row.int(4) ?? row.int(3), in: id)
        case .threads:
            facts.threads[id] = .init(name: row.text(1), processID: row.int(2))
        case .tests:
            facts.tests[id] = .init(nodeid: row.text(1), processID: row.int(2), outcome: row.text(3),
                                    startNs: row.int(4), endNs: row.int(5))
            facts.saw(row.int(5) ?? row.int(4), in: row.int(2))
        case .sites:
            facts.sites[id] = .init(file: row.text(1), line: row.int(2), function: row.text(3), stack: row.text(4))
        case .loops:
            facts.loops[id] = .init(processID: row.int(1), threadID: row.int(2), className: row.text(3),
                                    createdNs: row.int(4), siteID: row.int(5))
        case .scopes:
            facts.scopes[id] = .init(kind: row.text(5).flatMap(Facts.Scope.Kind.init), name: row.text(6),
                                     detail: row.text(7), processID: row.int(3), parentID: row.int(4),
                                     endID: row.int(1), readyID: row.int(2), testID: row.int(8), loopID: row.int(9),
                                     siteID: row.int(10), startNs: row.int(11), endNs: row.int(12))
        case .snapshots:
            facts.snapshots[id] = .init(processID: row.int(1), loopID: row.int(2), threadID: row.int(3),
                                        testID: row.int(4), ts: row.int(5),
                                        reason: row.text(6).flatMap(Facts.Snapshot.Reason.init), detail: row.text(7),
                                        scopeID: row.int(8), hangMs: row.int(9), idleSinceNs: row.int(10),
                                        ready: row.int(11), timers: row.int(12), nextTimerNs: row.int(13), io: row.int(14),
                                        executorJobs: row.int(15), otherThreads: row.int(16))
            facts.saw(row.int(5), in: row.int(1))
        case .waits:
            // A wait names its snapshot by the first column; a row without a task names nothing to judge.
            guard let taskID = row.int(1) else { return }
            facts.waits[id, default: []].append(.init(
                snapshotID: id, taskID: taskID, siteID: row.int(2), kind: row.text(3).flatMap(Facts.Wait.Kind.init),
                onTasks: Facts.Wait.taskIDs(row.text(4)), onSiteID: row.int(5), deadlineNs: row.int(6),
                sinceNs: row.int(7), detail: row.text(8)))
        case .taskSites:
            if let scheduled = row.int(1) { facts.scheduledSites[id] = scheduled }
        case .tasks:
            var task = Facts.Task(processID: row.int(1), loopID: row.int(2), name: row.text(3),
                                  coroQualname: row.text(4), siteID: row.int(5), threadID: row.int(6),
                                  testID: row.int(7), parentID: row.int(8), createdNs: row.int(9))
            if row.int(10) != nil {
                task.end = .init(ns: row.int(11), outcome: row.int(12).flatMap(Facts.Task.Outcome.init),
                                 exception: row.text(13))
            }
            facts.tasks[id] = task
            facts.saw(task.end?.ns ?? task.createdNs, in: task.processID)
        }
    }

}
