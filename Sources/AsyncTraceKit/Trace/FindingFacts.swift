import Foundation
import GRDB

extension Trace {
    /// Only what the rules read, for `analyze`, with `allTests` for reports that list every test. Reads the
    /// events a finding can rest on in one pass, keeping their ids; then those events whole, and the tasks,
    /// loops, threads, processes, tests and sites they name, by primary key: never all tasks.
    ///
    /// A cancel request or a rename matters only to a task that an evidence event names (it is pending at
    /// close, say), and cancels are most of a busy trace's events: the pass keeps just their ids, and only
    /// the cancel requests and the renames of such tasks are read whole. Loop runs and closes and the
    /// last moments of processes are left out: these facts are enough for `Rule.findings`, not for a timeline.
    public func findingFacts(allTests: Bool = false,
                             progress: @escaping @Sendable (ReadProgress) -> Void = { _ in }) throws(TraceError)
        -> Facts {
        let parts = try passOverEvents(progress: progress)
        // Whatever order SQLite visited the rows in: the earliest cancel request by id, and all events read
        // and recorded in id order.
        let tasks = parts.reduce(into: Set<Int64>()) { $0.formUnion($1.tasks) }
        var evidence: [Int64] = []
        for part in parts {
            evidence += part.evidence
            evidence += part.cancels.lazy.filter { tasks.contains($0.task) }.map(\.event)
            evidence += part.renames.lazy.filter { tasks.contains($0.task) }.map(\.event)
        }
        evidence.sort()
        // Those events name exactly these tasks. Many are read on another connection while this one reads
        // the events: both are a look-up per row, anywhere in the file.
        let taskRecords = isComplete && tasks.count >= 1 << 12
            ? Later { try self.connect().read { db in try Self.records(of: tasks, db) } } : nil
        return try withDatabase { db in
            var facts = Facts()
            var wanted = Wanted()
            try db.eachRow("SELECT \(Self.eventColumns.joined(separator: ", ")) FROM events", key: "id",
                           in: evidence) { row in
                guard let event = Event(row) else { return }
                facts.record(event)
                wanted.add(event)
            }
            func read(_ table: ObjectTable, _ ids: Set<Int64>) throws {
                try db.eachRow(table.select, key: table.key, in: ids.sorted()) { table.store($0, in: &facts) }
            }
            // The snapshots of hung loops and what each task waited on: few rows, read whole, with what they name.
            try db.eachRow(ObjectTable.snapshots.select) { ObjectTable.snapshots.store($0, in: &facts) }
            try db.eachRow(ObjectTable.waits.select) { ObjectTable.waits.store($0, in: &facts) }
            for snapshot in facts.snapshots.values { wanted.add(snapshot) }
            for waits in facts.waits.values { waits.forEach { wanted.add($0) } }
            // Tasks first, as they name objects of every other table; loops before their threads, tests
            // before their processes.
            if let taskRecords {
                facts.tasks = try taskRecords.get()
                // The tasks only the waits name.
                try read(.tasks, wanted.tasks.subtracting(tasks))
            } else {
                try read(.tasks, wanted.tasks)
            }
            for task in facts.tasks.values { wanted.add(task) }
            try read(.taskSites, wanted.sites)
            wanted.sites.formUnion(facts.scheduledSites.values)
            try read(.loops, wanted.loops)
            // Where each of those loops ran and was closed: the story of a task left behind, of a foreign loop.
            // A loop closes once, and its close is looked up by kind. Runs can be a third of a trace's events and
            // no index finds them by loop: the events are read in id order only until each loop was seen run.
            let select = "SELECT \(Self.eventColumns.joined(separator: ", ")) FROM events"
            func recordLoopEvent(_ row: Columns) {
                guard let event = Event(row) else { return }
                facts.record(event)
                if let site = event.siteID { wanted.sites.insert(site) }
            }
            try db.eachRow(select, where: "kind = \(Event.Kind.loopClosed.rawValue)", key: "loop_id",
                           in: wanted.loops.sorted(), recordLoopEvent)
            var notSeenRunning = wanted.loops
            if !notSeenRunning.isEmpty {
                let loopColumn = Int32(Self.eventColumns.firstIndex(of: "loop_id")!)
                // `+kind`: by rowid, not through the index on kind (which would sort every run first).
                try db.rows("\(select) WHERE +kind = \(Event.Kind.loopRunStart.rawValue) ORDER BY rowid", until: { row in
                    guard let loop = row.int(loopColumn), notSeenRunning.remove(loop) != nil else { return false }
                    recordLoopEvent(row)
                    return notSeenRunning.isEmpty
                })
            }
            wanted.sites.formUnion(facts.loops.values.compactMap(\.siteID))
            try db.eachRow(ObjectTable.scopes.select) { ObjectTable.scopes.store($0, in: &facts) }
            wanted.sites.formUnion(facts.scopes.values.lazy.filter { $0.kind == .fixture || $0.kind == .runner }
                .compactMap(\.siteID))
            wanted.tests.formUnion(facts.scopes.values.lazy.compactMap(\.testID))
            // A task left running names the later tests it ran through.
            if allTests || facts.incidents[.taskAliveAtScopeEnd] != nil {
                try db.eachRow(ObjectTable.tests.select) { ObjectTable.tests.store($0, in: &facts) }
            } else {
                try read(.tests, wanted.tests)
            }
            wanted.threads.formUnion(facts.loops.values.compactMap(\.threadID))
            wanted.processes.formUnion(facts.tests.values.compactMap(\.processID))
            try read(.threads, wanted.threads)
            try read(.processes, wanted.processes)
            try read(.sites, wanted.sites)
            return facts
        }
    }

    private static func records(of tasks: Set<Int64>, _ db: Database) throws -> [Int64: Facts.Task] {
        var facts = Facts()
        let table = ObjectTable.tasks
        try db.eachRow(table.select, key: table.key, in: tasks.sorted()) { table.store($0, in: &facts) }
        return facts.tasks
    }

    /// The pass of `findingFacts`, the most of its time. With the recorder's index on the events' kind it
    /// looks up the few events that count. Without it, a complete trace of a million events or more is cut
    /// by rowid into eight parts, each read on a connection of its own by as many threads as there are cores:
    /// the kinds that count cluster unevenly, so more parts than cores keep every core busy to the end.
    private func passOverEvents(progress: @escaping @Sendable (ReadProgress) -> Void) throws(TraceError)
        -> [EvidencePass] {
        if try hasEvidenceIndex() {
            return [try withDatabase { db in try EvidencePass(byIndexOf: db) }]
        }
        // By rowid, which is the id in a trace and an integer in any table: every row is visited whatever a
        // damaged id column holds. Each bound in a query of its own: SQLite looks up a lone min() or max() in
        // the table's b-tree, but scans the table for both together.
        let (first, last) = try withDatabase { db in
            var bounds: (Int64?, Int64?) = (nil, nil)
            try db.eachRow("SELECT (SELECT min(rowid) FROM events), (SELECT max(rowid) FROM events)") { row in
                bounds = (row.int(0), row.int(1))
            }
            return bounds
        }
        guard let first, let last, first <= last else { return [] }
        // Rowids can be anything in a damaged trace: the span is computed without overflow, and only a sane
        // one is cut.
        let span = UInt64(bitPattern: last &- first)
        let ranges = isComplete && span >= 1 << 20 && span < 1 << 48 ? Self.split(first...last, into: 8) : [first...last]
        let shared = SharedPass(parts: ranges.count, total: Int(clamping: span), progress: progress)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
            shared[index] = Result {
                let connection = index == 0 ? database : try connect()
                return try connection.read { db in try EvidencePass(db, rowids: ranges[index], passed: shared.passed) }
            }
        }
        do {
            return try (0..<ranges.count).map { try shared[$0].get() }
        } catch {
            throw Self.traceError(error, path: path)
        }
    }
}

extension Trace {
    /// Whether the trace has the index schema/trace.sql defines on the events' kind and task, which lets
    /// `findingFacts` look up the events that count; a trace of an older recorder or of another writer may not.
    func hasEvidenceIndex() throws(TraceError) -> Bool {
        try withDatabase { db in
            try String.fetchOne(db, sql: "SELECT group_concat(name) FROM pragma_index_info('events_by_kind')")
                == "kind,task_id"
        }
    }

    /// `ids` in `parts` ranges of about the same size; the caller keeps the span well below Int64.max.
    fileprivate static func split(_ ids: ClosedRange<Int64>, into parts: Int64) -> [ClosedRange<Int64>] {
        let size = (ids.upperBound - ids.lowerBound) / parts + 1
        return (0..<parts).map { part in
            let start = ids.lowerBound + part * size
            return start...min(ids.upperBound, start + size - 1)
        }
    }
}

/// What the pass of `Trace.findingFacts` found in a range of event ids, in the order SQLite visited them.
private struct EvidencePass {
    /// Events that are findings or decide one.
    var evidence: [Int64] = []
    /// The tasks those events name.
    var tasks = Set<Int64>()
    var cancels: [(task: Int64, event: Int64)] = []
    var renames: [(task: Int64, event: Int64)] = []

    init() {}

    /// Kinds that are findings or decide one, as the rules declare them.
    static let evidenceKinds = Event.Kind.allCases.filter { kind in Rule.all.contains { $0.evidence.contains(kind) } }

    /// The pass through the index on kind and task (`Trace.hasEvidenceIndex`): the evidence by kind, then the
    /// cancels and renames of the tasks it names by kind and task.
    init(byIndexOf db: Database) throws {
        let kinds = Self.evidenceKinds.map { String($0.rawValue) }.joined(separator: ",")
        try db.eachRow("SELECT id, task_id FROM events WHERE kind IN (\(kinds))") { row in
            guard let id = row.wholeNumber(0) else { return }
            evidence.append(id)
            if let task = row.int(1) { tasks.insert(task) }
        }
        let cancel = Event.Kind.taskCancelRequested.rawValue, rename = Event.Kind.taskRenamed.rawValue
        try db.eachRow("SELECT id, kind, task_id FROM events", where: "kind IN (\(cancel), \(rename))",
                       key: "task_id", in: tasks.sorted()) { row in
            guard let id = row.wholeNumber(0), let task = row.int(2) else { return }
            if row.int(1) == cancel { cancels.append((task, id)) } else { renames.append((task, id)) }
        }
    }

    /// `passed` hears every so often how many more rowids the pass has gone past.
    init(_ db: Database, rowids: ClosedRange<Int64>, passed: (Int) -> Void) throws {
        let kinds = Self.evidenceKinds + [.taskCancelRequested, .taskRenamed]
        let evidence = Set(Self.evidenceKinds)
        var rows = 0
        var reached = rowids.lowerBound
        func pass(_ rowid: Int64) {
            guard rowid > reached else { return }
            passed(Int(clamping: UInt64(bitPattern: rowid &- reached)))
            reached = rowid
        }
        try db.visitRows(["rowid", "id", "kind", "task_id"], """
            FROM events WHERE rowid BETWEEN \(rowids.lowerBound) AND \(rowids.upperBound) AND \(Trace.kindRange(kinds))
            """) { row in
            rows += 1
            if rows % Trace.progressStep == 0, let rowid = row.int(0) { pass(rowid) }
            guard let id = row.wholeNumber(1), let kind = row.wholeNumber(2).flatMap(Event.Kind.init) else { return }
            let task = row.int(3)
            switch kind {
            case .taskCancelRequested:
                if let task { cancels.append((task, id)) }
            case .taskRenamed:
                if let task { renames.append((task, id)) }
            case _ where evidence.contains(kind):
                self.evidence.append(id)
                if let task { tasks.insert(task) }
            default:  // another kind between the lowest and the highest read
                break
            }
        }
        pass(rowids.upperBound)
    }
}

/// A value made on another thread while this one does something else.
private final class Later<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Set before `done` is signalled.
    private var result: Result<Value, any Error> = .failure(CancellationError())

    init(_ make: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global().async {
            self.result = Result(catching: make)
            self.done.signal()
        }
    }

    /// Waits for the value.
    func get() throws -> Value {
        done.wait()
        return try result.get()
    }
}

/// What the parts of a pass share across their threads: their results, and how far they have come together.
private final class SharedPass: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<EvidencePass, any Error>]
    /// Ids all parts have gone past, of `total`.
    private var ids = 0
    private let total: Int
    private let progress: @Sendable (ReadProgress) -> Void

    init(parts: Int, total: Int, progress: @escaping @Sendable (ReadProgress) -> Void) {
        results = Array(repeating: .success(EvidencePass()), count: parts)
        self.total = total
        self.progress = progress
    }

    subscript(part: Int) -> Result<EvidencePass, any Error> {
        get { lock.withLock { results[part] } }
        set { lock.withLock { results[part] = newValue } }
    }

    func passed(_ count: Int) {
        let ids = lock.withLock {
            let (sum, overflow) = self.ids.addingReportingOverflow(count)
            self.ids = overflow ? .max : sum
            return self.ids
        }
        progress(ReadProgress(stage: "reading events", done: ids, total: total))
    }
}

/// The ids of the objects that the rows read so far name, table by table.
private struct Wanted {
    var tasks = Set<Int64>(), loops = Set<Int64>(), threads = Set<Int64>(), processes = Set<Int64>(),
        tests = Set<Int64>(), sites = Set<Int64>()

    mutating func add(_ event: Event) {
        switch event.kind {
        case .taskCancelRequested: Self.insert(event.refID, into: &tasks)  // the task that cancelled
        case .crossLoopAwait:  // the loop the object belongs to; where the object was made
            Self.insert(event.refID, into: &loops)
            Self.insert(event.arg, into: &sites)
        // The coroutine's async def; what was running when the collector destroyed the task.
        case .coroutineNeverAwaited, .taskDestroyedPending, .closedLoopCall, .asyncgenFinalized:
            Self.insert(event.refID, into: &sites)
        default: break
        }
        Self.insert(event.taskID, into: &tasks)
        Self.insert(event.loopID, into: &loops)
        Self.insert(event.threadID, into: &threads)
        Self.insert(event.processID, into: &processes)
        Self.insert(event.testID, into: &tests)
        Self.insert(event.siteID, into: &sites)
    }

    mutating func add(_ snapshot: Facts.Snapshot) {
        Self.insert(snapshot.loopID, into: &loops)
        Self.insert(snapshot.threadID, into: &threads)
        Self.insert(snapshot.processID, into: &processes)
        Self.insert(snapshot.testID, into: &tests)
    }

    mutating func add(_ wait: Facts.Wait) {
        Self.insert(wait.taskID, into: &tasks)
        tasks.formUnion(wait.onTasks)
        Self.insert(wait.siteID, into: &sites)
        Self.insert(wait.onSiteID, into: &sites)
    }

    mutating func add(_ task: Facts.Task) {
        Self.insert(task.loopID, into: &loops)
        Self.insert(task.threadID, into: &threads)
        Self.insert(task.processID, into: &processes)
        Self.insert(task.testID, into: &tests)
        Self.insert(task.siteID, into: &sites)
    }

    private static func insert(_ id: Int64?, into set: inout Set<Int64>) {
        if let id { set.insert(id) }
    }
}
