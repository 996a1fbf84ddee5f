import Foundation

/// One line per task for `asynctrace tasks`: what it was, how it ended, where and in which test it was made.
public struct TaskRow: Sendable {
    public var id: Int64
    public var name: String?
    public var coroutine: String?
    public var state: Facts.Task.State
    public var exception: String?
    public var createdNs: Int64?
    public var endedNs: Int64?
    /// Why `endedNs` is where it is (a task that never finished ends with its loop, its collection, ...).
    public var ending: Lifetime.Ending?
    public var pid: Int64?
    public var loop: Int64?
    public var thread: String?
    public var test: String?
    public var file: String?
    public var line: Int64?
    public var function: String?
    public var parent: Int64?
    public var cancelledBy: Int64?
    /// "file:line" of the cancel() call.
    public var cancelledAt: String?
    /// A pending task: what it waited on in the last snapshot of its loop that names it, "Event (x.py:11) at
    /// x.py:13".
    public var waitsOn: String?

    public var durationNs: Int64? { createdNs.flatMap { start in endedNs.map { $0.saturatingMinus(start) } } }

    /// The columns of the CSV and the keys of the JSON, in order.
    public static let columns = ["id", "name", "coroutine", "state", "exception", "created_ns", "ended_ns",
                                 "duration_ns", "ending", "pid", "loop", "thread", "test", "file", "line",
                                 "function", "parent", "cancelled_by", "cancelled_at", "waits_on"]

    /// The column values; nil is an absent fact.
    var values: [Value] {
        [.number(id), .text(name), .text(coroutine), .text(state.rawValue), .text(exception), .number(createdNs),
         .number(endedNs), .number(durationNs), .text(ending?.rawValue), .number(pid), .number(loop),
         .text(thread), .text(test), .text(file), .number(line), .text(function), .number(parent),
         .number(cancelledBy), .text(cancelledAt), .text(waitsOn)]
    }

    enum Value {
        case text(String?)
        case number(Int64?)
    }
}

extension Facts {
    /// Every task, in creation order, optionally only those made during a test (by node id) or in some
    /// states. Paths are shown relative to `root`. Each row is made when it is read: a million tasks never sit
    /// in memory as rows.
    public func taskRows(test: String? = nil, states: Set<Facts.Task.State> = [],
                         root: ProjectRoot) -> some Collection<TaskRow> {
        let testIDs = test.map { self.testIDs(named: $0) }
        let order = tasks.compactMap { id, task -> (createdNs: Int64, id: Int64)? in
            if let testIDs, !(task.testID.map(testIDs.contains) ?? false) { return nil }
            if !states.isEmpty, !states.contains(task.state) { return nil }
            return (task.createdNs ?? .min, id)
        }.sorted { ($0.createdNs, $0.id) < ($1.createdNs, $1.id) }
        let lastWaits = lastWaits().mapValues(\.wait)
        return order.lazy.map { taskRow($0.id, lastWaits: lastWaits, root: root) }
    }

    /// How many of the tasks `taskRows` would list a lean-level recording counted instead of storing: all
    /// ended with a result (state done).
    public func countedTasks(test: String? = nil, states: Set<Facts.Task.State> = []) -> Int {
        guard states.isEmpty || states.contains(.done) else { return 0 }
        guard let test else { return countedTasks }
        let ids = testIDs(named: test)
        return countedTasksByTest.reduce(into: 0) { sum, entry in
            if let id = entry.key, ids.contains(id) { sum.addSaturating(entry.value) }
        }
    }

    /// The ids of every run of the test with this pytest node id (a rerun is a run of its own).
    private func testIDs(named nodeid: String) -> Set<Int64> {
        Set(tests.filter { $0.value.nodeid == nodeid }.keys)
    }

    private func taskRow(_ id: Int64, lastWaits: [Int64: Wait], root: ProjectRoot) -> TaskRow {
        let task = tasks[id]
        let lifetime = lifetime(of: id)
        let site = task?.siteID.flatMap { sites[$0] }
        let cancel = histories[id]?.cancelRequest
        return TaskRow(
            id: id, name: histories[id]?.latestName ?? task?.name, coroutine: task?.coroQualname,
            state: task?.state ?? .pending, exception: task?.end?.exception, createdNs: task?.createdNs,
            endedNs: lifetime?.endNs, ending: lifetime?.ending, pid: task?.processID.flatMap { processes[$0]?.pid },
            loop: task?.loopID, thread: task?.threadID.flatMap { threads[$0]?.name },
            test: task?.testID.flatMap { tests[$0]?.nodeid }, file: site?.file.map(root.relative), line: site?.line,
            function: site?.function, parent: task?.parentID, cancelledBy: cancel?.refID,
            cancelledAt: location(cancel?.siteID).map(root.relative),
            waitsOn: (task?.state ?? .pending) == .pending ? lastWaits[id].map { waitSummary($0, root: root) } : nil)
    }
}

/// `asynctrace tasks` output: an aligned table for people, CSV or a JSON array for programs.
public enum TaskTable {
    /// Two passes over `rows`, one for the column widths and one to write.
    public static func text(_ rows: some Collection<TaskRow>, to output: OutputFile) throws {
        guard !rows.isEmpty else { return try output.write("No tasks.\n") }
        // WAITS ON only when a snapshot says what some pending task waited on.
        var header = ["ID", "STATE", "LIFETIME", "TASK", "CREATED AT", "TEST", "WAITS ON"]
        var widths = header.map(\.count)
        var waits = false
        for row in rows {
            waits = waits || row.waitsOn != nil
            for (column, cell) in cells(row).enumerated() { widths[column] = max(widths[column], min(60, cell.count)) }
        }
        if !waits { header.removeLast() }
        func cells(_ row: TaskRow) -> [String] { waits ? Self.cells(row) : Array(Self.cells(row).dropLast()) }
        func write(_ line: [String]) throws {
            var text = ""
            for (column, cell) in line.enumerated() {
                if column > 0 { text += "  " }
                text += cell
                if column < line.count - 1 { text += String(repeating: " ", count: max(0, widths[column] - cell.count)) }
            }
            try output.write(text.trimmingTrailingSpaces + "\n")
        }
        try write(header)
        for row in rows { try write(cells(row)) }
        let noun = rows.count == 1 ? "task" : "tasks"
        try output.write("\n\(rows.count) \(noun)\n")
    }

    private static func cells(_ row: TaskRow) -> [String] {
        let name = [row.name, row.coroutine.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        var state = row.state.rawValue
        if let exception = row.exception { state += " (\(exception))" }
        if row.state == .pending, let ending = row.ending { state += " until \(ending.rawValue)" }
        let location = row.file.map { file in row.line.map { "\(file):\($0)" } ?? file } ?? ""
        return [String(row.id), state.terminalSafe, row.durationNs.map(Self.duration) ?? "?", name.terminalSafe,
                location.terminalSafe, (row.test ?? "").terminalSafe, (row.waitsOn ?? "").terminalSafe]
    }

    public static func csv(_ rows: some Sequence<TaskRow>, to output: OutputFile) throws {
        let table = try CSVTable(output: output, header: TaskRow.columns)
        for row in rows {
            try table.write(row.values.map { value in
                switch value {
                case .text(let text): text ?? ""
                case .number(let number): number.map(String.init) ?? ""
                }
            })
        }
        try table.flush()
    }

    /// Streamed: a trace can hold millions of tasks.
    public static func json(_ rows: some Sequence<TaskRow>, to output: OutputFile) throws {
        let json = JSONWriter(output: output)
        try json.array(rows) { row in
            try json.raw("\n  {")
            for (index, (column, value)) in zip(TaskRow.columns, row.values).enumerated() {
                if index > 0 { try json.raw(", ") }
                try json.key(column)
                switch value {
                case .text(let text): try json.string(text)
                case .number(let number): try json.number(number)
                }
            }
            try json.raw("}")
        }
        try json.raw("\n")
    }

    /// "1.25 s", "310 ms", "12 µs", "800 ns".
    static func duration(_ ns: Int64) -> String {
        let magnitude = Double(ns)
        switch ns.magnitude {
        case 1_000_000_000...: return String(format: "%.2f s", magnitude / 1e9)
        case 1_000_000...: return String(format: "%.1f ms", magnitude / 1e6)
        case 1_000...: return String(format: "%.1f µs", magnitude / 1e3)
        default: return "\(ns) ns"
        }
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        String(self[..<(lastIndex { $0 != " " }.map { index(after: $0) } ?? startIndex)])
    }
}
