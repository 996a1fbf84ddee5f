/// Tasks laid out in time: one lane per event loop, lanes ordered by process and then by the thread the
/// loop ran on; inside a lane, tasks packed into rows so that the bars of one row do not overlap.
public struct Timeline: Sendable {
    public struct Bar: Sendable {
        public var taskID: Int64
        public var lifetime: Lifetime
    }

    public struct Lane: Sendable {
        /// processes.id; nil when the trace does not know the process.
        public var processID: Int64?
        /// The thread the loop ran on (or was created on, if it never ran).
        public var threadID: Int64?
        /// nil for the tasks of a process whose loop is unknown.
        public var loopID: Int64?
        /// Each row's bars, in start order.
        public var rows: [[Bar]]
    }

    public var lanes: [Lane]
    /// The earliest start and the latest end of any bar, or of any process when there are no tasks.
    public var startNs: Int64
    public var endNs: Int64

    /// Lays out every task whose creation time is known. With `maxRows`, a lane never has more rows: a bar
    /// that fits in none goes to the row that frees up first and overlaps it.
    public init(_ facts: Facts, maxRows: Int? = nil) {
        struct LaneKey: Hashable, Comparable {
            var processID: Int64?
            var threadID: Int64?
            var loopID: Int64?
            static func < (lhs: LaneKey, rhs: LaneKey) -> Bool {
                (lhs.processID ?? .max, lhs.threadID ?? .max, lhs.loopID ?? .max)
                    < (rhs.processID ?? .max, rhs.threadID ?? .max, rhs.loopID ?? .max)
            }
        }
        var bars: [LaneKey: [Bar]] = [:]
        for (id, task) in facts.tasks {
            guard let lifetime = facts.lifetime(of: id) else { continue }
            let loop = task.loopID.flatMap { facts.loops[$0] }
            let key = loop.map { LaneKey(processID: $0.processID ?? task.processID,
                                         threadID: $0.runThreadID ?? $0.threadID, loopID: task.loopID) }
                ?? LaneKey(processID: task.processID, threadID: nil, loopID: nil)
            bars[key, default: []].append(Bar(taskID: id, lifetime: lifetime))
        }
        lanes = bars.sorted { $0.key < $1.key }.map { key, bars in
            Lane(processID: key.processID, threadID: key.threadID, loopID: key.loopID,
                 rows: Self.pack(bars, maxRows: maxRows))
        }
        let all = bars.values.joined()
        let processTimes = facts.processes.values.flatMap { [$0.startNs, $0.endNs].compactMap { $0 } }
        startNs = all.map(\.lifetime.startNs).min() ?? processTimes.min() ?? 0
        endNs = max(startNs, all.map(\.lifetime.endNs).max() ?? processTimes.max() ?? 0)
    }

    /// Interval partitioning: bars in start order (longer first on ties, so that a parent created in the
    /// same nanosecond as its child comes first), each into the row that became free earliest.
    static func pack(_ bars: [Bar], maxRows: Int?) -> [[Bar]] {
        let sorted = bars.sorted {
            ($0.lifetime.startNs, $1.lifetime.endNs, $0.taskID) < ($1.lifetime.startNs, $0.lifetime.endNs, $1.taskID)
        }
        var rows: [[Bar]] = []
        var free = RowsByEnd()
        for bar in sorted {
            if let (end, row) = free.first, end <= bar.lifetime.startNs || rows.count == maxRows {
                free.removeFirst()
                rows[row].append(bar)
                free.insert(end: max(end, bar.lifetime.endNs), row: row)
            } else {
                rows.append([bar])
                free.insert(end: bar.lifetime.endNs, row: rows.count - 1)
            }
        }
        return rows
    }
}

/// A binary min-heap of rows by the end of their last bar, lowest row first on ties.
private struct RowsByEnd {
    private var heap: [(end: Int64, row: Int)] = []

    var first: (end: Int64, row: Int)? { heap.first }

    mutating func insert(end: Int64, row: Int) {
        heap.append((end, row))
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.less(heap[child], heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func removeFirst() {
        heap.swapAt(0, heap.count - 1)
        heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < heap.count, Self.less(heap[left], heap[smallest]) { smallest = left }
            if right < heap.count, Self.less(heap[right], heap[smallest]) { smallest = right }
            if smallest == parent { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }

    private static func less(_ a: (end: Int64, row: Int), _ b: (end: Int64, row: Int)) -> Bool {
        (a.end, a.row) < (b.end, b.row)
    }
}
