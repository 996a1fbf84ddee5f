import Foundation

/// What a trace holds, in numbers, for `asynctrace summary`.
public struct TraceSummary: Sendable, Encodable {
    public struct Process: Sendable, Encodable {
        public var pid: Int64?
        public var command: String?
        /// false: killed, or still running when the trace was read.
        public var exited: Bool
    }

    public struct LongTask: Sendable, Encodable {
        public var id: Int64
        public var task: String
        public var state: String
        public var durationNs: Int64
        public var createdAt: String?
        enum CodingKeys: String, CodingKey {
            case id, task, state, durationNs = "duration_ns", createdAt = "created_at"
        }
    }

    public var startNs: Int64
    public var endNs: Int64
    public var processes: [Process]
    /// Loops by class name.
    public var loops: [String: Int]
    /// Tasks by state (pending, cancelled, failed, done).
    public var tasks: [String: Int]
    /// Tasks recorded at the lean level that were counted, not stored: each ended with a result.
    public var countedTasks: Int
    public var neverAwaitedCoroutines: Int
    /// Tests by pytest outcome ("unknown" when the run was cut short).
    public var tests: [String: Int]
    /// Findings by rule id, every rule listed.
    public var findings: [String: Int]
    public var longestTasks: [LongTask]
    /// What the recorder did not see, one line each; empty when the trace is complete.
    public var incomplete: [String]

    enum CodingKeys: String, CodingKey {
        case startNs = "start_ns", endNs = "end_ns", processes, loops, tasks, incomplete, countedTasks = "counted_tasks"
        case neverAwaitedCoroutines = "never_awaited_coroutines", tests, findings, longestTasks = "longest_tasks"
    }

    public init(_ facts: Facts, findings: [Finding], gaps: [Gap] = [], root: ProjectRoot, longest: Int = 10) {
        incomplete = gaps.map(\.description)
        let timeline = Timeline(facts)
        startNs = timeline.startNs
        endNs = max(timeline.endNs, facts.lastSeenNs.values.max() ?? timeline.endNs)
        processes = facts.processes.sorted { $0.key < $1.key }.map { _, process in
            Process(pid: process.pid, command: process.commandLine(root: root), exited: process.endNs != nil)
        }
        loops = Dictionary(facts.loops.values.map { ($0.className ?? "unknown", 1) }, uniquingKeysWith: +)
        var tasks = Dictionary(uniqueKeysWithValues: Facts.Task.State.allCases.map { ($0.rawValue, 0) })
        for task in facts.tasks.values { tasks[task.state.rawValue, default: 0] += 1 }
        self.tasks = tasks
        countedTasks = facts.countedTasks
        neverAwaitedCoroutines = facts.incidents[.coroutineNeverAwaited]?.count ?? 0
        tests = Dictionary(facts.tests.values.map { ($0.outcome ?? "unknown", 1) }, uniquingKeysWith: +)
        var counts = Dictionary(uniqueKeysWithValues: Rule.all.map { ($0.id, 0) })
        for finding in findings { counts[finding.rule, default: 0] += 1 }
        self.findings = counts
        let bars = timeline.lanes.lazy.flatMap(\.rows).joined()
        // The longest few without sorting every task.
        var top: [Timeline.Bar] = []
        for bar in bars where top.count < longest || bar.lifetime.durationNs > top[top.count - 1].lifetime.durationNs {
            let index = top.firstIndex { bar.lifetime.durationNs > $0.lifetime.durationNs } ?? top.count
            top.insert(bar, at: index)
            if top.count > longest { top.removeLast() }
        }
        longestTasks = top.map { bar in
            let task = facts.tasks[bar.taskID]
            let name = facts.histories[bar.taskID]?.latestName ?? task?.name
            var state = task?.state.rawValue ?? "pending"
            if task?.state == .pending { state += " until \(bar.lifetime.ending.rawValue)" }
            return LongTask(id: bar.taskID,
                            task: [name, task?.coroQualname.map { "(\($0))" }].compactMap { $0 }.joined(separator: " "),
                            state: state, durationNs: bar.lifetime.durationNs,
                            createdAt: facts.location(task?.siteID).map(root.relative))
        }
    }

    /// For people: what comes from the trace is shown terminal-safe.
    public func text() -> String {
        func list(_ counts: [String: Int], order: [String]? = nil) -> String {
            let keys = order ?? counts.keys.sorted()
            let parts = keys.compactMap { key in counts[key].map { "\($0) \(key.terminalSafe)" } }
            return parts.isEmpty ? "none" : parts.joined(separator: ", ")
        }
        let total = { (counts: [String: Int]) in counts.values.reduce(0, +) }
        var text = incomplete.isEmpty ? "" : "Trace incomplete, findings may be missing:\n"
            + incomplete.map { "  \($0.terminalSafe)\n" }.joined()
        text += "Time span: \(TaskTable.duration(endNs.saturatingMinus(startNs)))\n"
        let killed = processes.count { !$0.exited }
        text += "Processes: \(processes.count)" + (killed > 0 ? " (\(killed) did not exit cleanly)" : "") + "\n"
        for process in processes.prefix(10) {
            text += "  pid \(process.pid.map(String.init) ?? "?"): \(process.command?.terminalSafe ?? "?")"
                + (process.exited ? "" : " (did not exit cleanly)") + "\n"
        }
        if processes.count > 10 { text += "  ... and \(processes.count - 10) more\n" }
        text += "Loops: \(total(loops)) (\(list(loops)))\n"
        text += "Tasks: \(total(tasks)) (\(list(tasks, order: Facts.Task.State.allCases.map(\.rawValue))))"
            + (countedTasks > 0 ? "; and \(countedTasks) that ended with a result, counted, not stored (lean level)" : "")
            + "\n"
        text += "Never-awaited coroutines: \(neverAwaitedCoroutines)\n"
        text += "Tests: \(total(tests))" + (tests.isEmpty ? "" : " (\(list(tests)))") + "\n"
        text += "Findings: \(total(findings))\n"
        for rule in Rule.all { text += "  \(rule.id): \(findings[rule.id] ?? 0)\n" }
        if !longestTasks.isEmpty {
            text += "Longest-running tasks:\n"
            for task in longestTasks {
                text += "  \(TaskTable.duration(task.durationNs))  \(task.task.terminalSafe)  \(task.state)"
                    + (task.createdAt.map { "  created at \($0.terminalSafe)" } ?? "") + "\n"
            }
        }
        return text
    }
}
