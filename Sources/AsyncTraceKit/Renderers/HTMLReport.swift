import Foundation

/// One self-contained HTML file: the findings, a per-test breakdown, a timeline of every task and each
/// task's story. The data sits in the page as JSON, which the page's own script draws on a canvas (so a
/// million tasks cost array entries, not DOM nodes); nothing is loaded from the network, and every trace
/// string reaches the page as a JSON string that the script only ever inserts as text.
public enum HTMLReport {
    /// Most rows a lane shows; tasks beyond that overlap in the last rows rather than make a lane taller.
    static let maxRows = 16

    /// Writes the report. `findings` are shown as given (relativize them first); `root` shortens the
    /// paths of creation sites the same way.
    public static func render(_ facts: Facts, findings: [Finding], gaps: [Gap] = [], title: String,
                              root: ProjectRoot, to output: OutputFile) throws {
        let timeline = Timeline(facts, maxRows: maxRows)
        try output.write(HTMLReportPage.head(title: title))
        var data = ReportData(facts: facts, findings: findings, gaps: gaps, timeline: timeline, root: root)
        try data.write(title: title, to: JSONWriter(output: output))
        try output.write(HTMLReportPage.tail)
    }
}

/// The JSON the report's script reads. Tasks are columns of numbers in lane, row and start order, times in
/// nanoseconds after the timeline's start; ids and starts are written as differences from the previous
/// task, which keeps a million tasks to a few tens of megabytes.
private struct ReportData {
    let facts: Facts
    let findings: [Finding]
    let gaps: [Gap]
    let timeline: Timeline
    let root: ProjectRoot
    /// Task id -> position in the task columns.
    var position: [Int64: Int] = [:]
    var strings = StringTable()
    var sites: [Int64: Int] = [:]
    var siteOrder: [Facts.Site] = []
    let tests: [(id: Int64, test: Facts.Test)]
    let testIndex: [Int64: Int]

    init(facts: Facts, findings: [Finding], gaps: [Gap], timeline: Timeline, root: ProjectRoot) {
        self.facts = facts
        self.findings = findings
        self.gaps = gaps
        self.timeline = timeline
        self.root = root
        position.reserveCapacity(facts.tasks.count)
        for bar in timeline.lanes.lazy.flatMap(\.rows).joined() { position[bar.taskID] = position.count }
        tests = facts.tests.map { (id: $0.key, test: $0.value) }
            .sorted { ($0.test.startNs ?? 0, $0.id) < ($1.test.startNs ?? 0, $1.id) }
        testIndex = Dictionary(uniqueKeysWithValues: tests.enumerated().map { ($1.id, $0) })
    }

    var t0: Int64 { timeline.startNs }

    func relativeTime(_ ns: Int64?) -> Int64? { ns.map { $0.saturatingMinus(t0) } }

    mutating func site(_ id: Int64?) -> Int64 {
        guard let id, let site = facts.sites[id] else { return -1 }
        if let index = sites[id] { return Int64(index) }
        sites[id] = siteOrder.count
        siteOrder.append(site)
        return Int64(siteOrder.count - 1)
    }

    mutating func write(title: String, to json: JSONWriter) throws {
        try json.raw("{")
        try json.key("title")
        try json.string(title)
        try json.raw(",")
        try json.key("span")
        try json.number(relativeTime(timeline.endNs))
        try json.raw(",")
        try json.key("gaps")
        try json.array(gaps) { try json.string($0.description) }
        try json.raw(",")
        try json.key("counted")
        try json.number(Int64(facts.countedTasks))
        try json.raw(",")
        try writeRules(json)
        try writeProcesses(json)
        try writeLanes(json)
        try writeTasks(json)
        try writeTests(json)
        try writeFindings(json)
        try writeHangs(json)
        // Last, as the tables above add to them.
        try json.key("sites")
        try json.array(siteOrder) { site in
            try json.raw("[")
            try json.number(strings.index(site.file.map(root.relative)))
            try json.raw(",")
            try json.number(site.line)
            try json.raw(",")
            try json.number(strings.index(site.function))
            try json.raw(",")
            try json.string(site.stack.map { stack in
                stack.split(whereSeparator: \.isNewline).map { root.relative(String($0)) }.joined(separator: "\n")
            })
            try json.raw("]")
        }
        try json.raw(",")
        try json.key("strings")
        try json.array(strings.values) { try json.string($0) }
        try json.raw("}")
    }

    func writeRules(_ json: JSONWriter) throws {
        try json.key("rules")
        try json.array(Rule.all.map(\.description)) { rule in
            try json.raw("{")
            for (key, value) in [("id", rule.id), ("title", rule.title), ("severity", rule.severity.rawValue),
                                 ("summary", rule.summary), ("fix", rule.fix)] {
                if key != "id" { try json.raw(",") }
                try json.key(key)
                try json.string(value)
            }
            try json.raw("}")
        }
        try json.raw(",")
    }

    func writeProcesses(_ json: JSONWriter) throws {
        try json.key("processes")
        try json.array(facts.processes.sorted { $0.key < $1.key }) { id, process in
            try json.raw("{")
            try json.key("id")
            try json.number(id)
            try json.raw(",")
            try json.key("pid")
            try json.number(process.pid)
            try json.raw(",")
            try json.key("command")
            try json.string(process.commandLine(root: root))
            try json.raw(",")
            try json.key("start")
            try json.number(relativeTime(process.startNs))
            try json.raw(",")
            try json.key("end")
            try json.number(relativeTime(process.endNs ?? facts.lastSeenNs[id]))
            try json.raw(",")
            try json.key("exited")
            try json.bool(process.endNs != nil)
            try json.raw("}")
        }
        try json.raw(",")
    }

    mutating func writeLanes(_ json: JSONWriter) throws {
        let processes = facts.processes.keys.sorted()
        let processIndex = Dictionary(uniqueKeysWithValues: processes.enumerated().map { ($1, $0) })
        try json.key("lanes")
        var lanes: [(Timeline.Lane, thread: Int64, className: Int64)] = []
        for lane in timeline.lanes {
            let loop = lane.loopID.flatMap { facts.loops[$0] }
            lanes.append((lane, strings.index(lane.threadID.flatMap { facts.threads[$0]?.name }),
                          strings.index(loop?.className)))
        }
        try json.array(lanes) { lane, thread, className in
            let loop = lane.loopID.flatMap { facts.loops[$0] }
            try json.raw("{")
            try json.key("process")
            try json.number(lane.processID.flatMap { processIndex[$0] }.map(Int64.init) ?? -1)
            try json.raw(",")
            try json.key("thread")
            try json.number(thread)
            try json.raw(",")
            try json.key("loop")
            try json.number(lane.loopID)
            try json.raw(",")
            try json.key("loopClass")
            try json.number(className)
            try json.raw(",")
            try json.key("closed")
            try json.number(relativeTime(loop?.closedNs))
            try json.raw(",")
            try json.key("rows")
            try json.array(lane.rows) { try json.number(Int64($0.count)) }
            try json.raw("}")
        }
        try json.raw(",")
    }

    mutating func writeTasks(_ json: JSONWriter) throws {
        let bars = Array(timeline.lanes.lazy.flatMap(\.rows).joined())
        // The columns that come from each task's record, in one look-up per task: a copy of a million
        // records would cost 180 MB.
        let states = Facts.Task.State.allCases
        var state: [Int64] = [], coros: [Int64] = [], siteColumn: [Int64] = [], parents: [Int64] = [],
            testColumn: [Int64] = [], names: [String?] = []
        var failures: [(Int, String)] = []
        state.reserveCapacity(bars.count)
        coros.reserveCapacity(bars.count)
        siteColumn.reserveCapacity(bars.count)
        parents.reserveCapacity(bars.count)
        testColumn.reserveCapacity(bars.count)
        names.reserveCapacity(bars.count)
        for (index, bar) in bars.enumerated() {
            let task = facts.tasks[bar.taskID]
            state.append(Int64(states.firstIndex(of: task?.state ?? .pending) ?? 0))
            coros.append(strings.index(task?.coroQualname))
            siteColumn.append(site(task?.siteID))
            parents.append(task?.parentID.flatMap { position[$0] }.map(Int64.init) ?? -1)
            testColumn.append(task?.testID.flatMap { testIndex[$0] }.map(Int64.init) ?? -1)
            names.append(facts.histories[bar.taskID]?.latestName ?? task?.name)
            if let exception = task?.end?.exception { failures.append((index, exception)) }
        }
        try json.key("tasks")
        try json.raw("{")
        try json.key("id")
        var previous: Int64 = 0
        try json.array(bars) { bar in
            try json.number(bar.taskID.saturatingMinus(previous))
            previous = bar.taskID
        }
        try json.raw(",")
        try json.key("start")
        previous = t0
        try json.array(bars) { bar in
            try json.number(bar.lifetime.startNs.saturatingMinus(previous))
            previous = bar.lifetime.startNs
        }
        try json.raw(",")
        try json.key("duration")
        try json.array(bars) { try json.number($0.lifetime.durationNs) }
        /// One more column of numbers in the tasks object.
        func column(_ key: String, _ values: [Int64]) throws {
            try json.raw(",")
            try json.key(key)
            try json.array(values) { try json.number($0) }
        }
        try column("state", state)
        let endings = Lifetime.Ending.allCases
        try column("ending", bars.map { Int64(endings.firstIndex(of: $0.lifetime.ending) ?? 0) })
        try json.raw(",")
        try json.key("name")
        try json.array(names) { try json.string($0) }
        try column("coro", coros)
        try column("site", siteColumn)
        try column("parent", parents)
        try column("test", testColumn)
        try json.raw("},")

        // Sparse facts: only cancelled and failed tasks have them.
        try json.key("cancels")
        var cancels: [(Int, Event)] = []
        for (index, bar) in bars.enumerated() {
            if let request = facts.histories[bar.taskID]?.cancelRequest { cancels.append((index, request)) }
        }
        // Exception names join the string table after the coroutines, as they always have: a trace gives the
        // same page from one version to the next.
        let exceptions = failures.map { ($0, strings.index($1)) }
        var cancelSites: [Int64] = []
        for (_, request) in cancels { cancelSites.append(site(request.siteID)) }
        try json.array(zip(cancels, cancelSites)) { cancel, site in
            let (index, request) = cancel
            try json.raw("[\(index),")
            try json.number(request.refID.flatMap { position[$0] }.map(Int64.init) ?? -1)
            try json.raw(",")
            try json.number(site)
            try json.raw(",")
            try json.number(relativeTime(request.ts))
            try json.raw("]")
        }
        try json.raw(",")
        try json.key("exceptions")
        try json.array(exceptions) { index, exception in try json.raw("[\(index),\(exception)]") }
        try json.raw(",")
    }

    func writeTests(_ json: JSONWriter) throws {
        var created: [Int64: (tasks: Int64, pending: Int64)] = [:]
        for task in facts.tasks.values {
            guard let test = task.testID else { continue }
            created[test, default: (0, 0)].tasks += 1
            if task.state == .pending { created[test, default: (0, 0)].pending += 1 }
        }
        let pids = facts.processes.mapValues(\.pid)
        try json.key("tests")
        try json.array(tests) { id, test in
            try json.raw("{")
            try json.key("nodeid")
            try json.string(test.nodeid)
            try json.raw(",")
            try json.key("outcome")
            try json.string(test.outcome)
            try json.raw(",")
            try json.key("start")
            try json.number(relativeTime(test.startNs))
            try json.raw(",")
            try json.key("end")
            try json.number(relativeTime(test.endNs))
            try json.raw(",")
            try json.key("pid")
            try json.number(test.processID.flatMap { pids[$0] } ?? nil)
            try json.raw(",")
            try json.key("tasks")
            try json.number(created[id]?.tasks ?? 0)
            try json.raw(",")
            try json.key("pending")
            try json.number(created[id]?.pending ?? 0)
            try json.raw("}")
        }
        try json.raw(",")
    }

    func writeFindings(_ json: JSONWriter) throws {
        // A finding without a task is marked on its loop's lane.
        var laneOfLoop: [Int64: Int] = [:]
        for (index, lane) in timeline.lanes.enumerated() {
            if let loop = lane.loopID, laneOfLoop[loop] == nil { laneOfLoop[loop] = index }
        }
        // A report of several traces (CI shards, combined) says which each finding came from.
        let severalTraces = Finding.fromSeveralTraces(findings)
        try json.key("findings")
        try json.array(findings) { finding in
            try json.raw("{")
            let texts: [(String, String?)] = [
                ("rule", finding.rule), ("severity", finding.severity.rawValue), ("message", finding.message),
                ("file", finding.file), ("function", finding.function), ("object", finding.object),
                ("test", finding.test), ("thread", finding.thread),
                ("traces", severalTraces ? finding.seenIn : nil),
            ]
            for (key, value) in texts {
                try json.key(key)
                try json.string(value)
                try json.raw(",")
            }
            let numbers: [(String, Int64?)] = [
                ("line", finding.line), ("pid", finding.pid), ("loop", finding.loop),
                ("taskID", finding.task),
                ("task", finding.task.flatMap { position[$0] }.map(Int64.init) ?? -1),
                ("lane", finding.loop.flatMap { laneOfLoop[$0] }.map(Int64.init) ?? -1),
                ("ts", relativeTime(finding.timestampNs)),
            ]
            for (key, value) in numbers {
                try json.key(key)
                try json.number(value)
                try json.raw(",")
            }
            try json.key("stack")
            try json.array(finding.stack) { try json.string($0) }
            try json.raw(",")
            // The finding's story: each place as text, the task there (a canceller, say) to link to, and 1 for a
            // step of a stuck task's await chain after its first (shown under it).
            try json.key("related")
            try json.array(finding.related) { place in
                try json.raw("[")
                try json.string(place.text)
                try json.raw(",")
                try json.number(place.task.flatMap { position[$0] }.map(Int64.init) ?? -1)
                try json.raw(place.role == RelatedLocation.awaited && place.task != nil ? ",1]" : ",0]")
            }
            try json.raw("}")
        }
        try json.raw(",")
    }
}

extension ReportData {
    /// Snapshots drawn at most, and tasks drawn in one.
    static let maxSnapshots = 50, maxNodes = 80

    /// Each snapshot's await graph, in time order: its waiting tasks (their position in the task columns, name,
    /// what each waited on and where, whether it is in a cycle) and the tasks each cannot go on without (the
    /// awaited task, gather's children, a Lock's holder), an edge of a cycle marked.
    func writeHangs(_ json: JSONWriter) throws {
        let snapshots = facts.orderedSnapshots().filter { !facts.waits(in: $0.id).isEmpty }
        try json.key("hangs")
        try json.array(snapshots.prefix(Self.maxSnapshots)) { id, snapshot in
            let waits = facts.waits(in: id).sorted { (facts.tasks[$0.taskID ?? 0]?.createdNs ?? .max, $0.taskID ?? 0)
                < (facts.tasks[$1.taskID ?? 0]?.createdNs ?? .max, $1.taskID ?? 0) }.prefix(Self.maxNodes)
            let graph = Deadlock.awaitGraph(Array(waits))
            let order = waits.compactMap(\.taskID)
            let node = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            var cycleEdges = Set<[Int64]>()
            for cycle in Deadlock.cycles(in: graph, order: order) {
                for (index, task) in cycle.enumerated() { cycleEdges.insert([task, cycle[(index + 1) % cycle.count]]) }
            }
            let inCycle = Set(cycleEdges.map { $0[0] })
            try json.raw("{")
            try json.key("at")
            try json.number(relativeTime(snapshot.ts))
            try json.raw(",")
            try json.key("reason")
            try json.string(snapshot.reason?.rawValue ?? "?")
            try json.raw(",")
            try json.key("detail")
            try json.string(snapshot.detail)
            try json.raw(",")
            try json.key("loop")
            try json.number(snapshot.loopID)
            try json.raw(",")
            try json.key("state")
            try json.string(Self.loopState(snapshot))
            try json.raw(",")
            try json.key("nodes")
            try json.array(Array(waits)) { wait in
                let task = wait.taskID ?? 0
                try json.raw("[")
                try json.number(position[task].map(Int64.init) ?? -1)
                try json.raw(",")
                try json.string(facts.taskObject(task) ?? String(task))
                try json.raw(",")
                try json.string(facts.waitSummary(wait, root: root))
                try json.raw(inCycle.contains(task) ? ",1]" : ",0]")
            }
            try json.raw(",")
            try json.key("edges")
            let edges = order.flatMap { task in (graph[task] ?? []).compactMap { target in
                node[target].map { (node[task]!, $0, cycleEdges.contains([task, target])) } } }
            try json.array(edges) { from, to, cycle in try json.raw("[\(from),\(to),\(cycle ? 1 : 0)]") }
            try json.raw("}")
        }
        try json.raw(",")
    }

    /// "idle 480.0 ms; 0 ready, 1 timer, 0 I/O, 0 executor jobs": what the loop could still do by itself.
    static func loopState(_ snapshot: Facts.Snapshot) -> String {
        let idle = snapshot.idleSinceNs.flatMap { since in snapshot.ts.map { $0.saturatingMinus(since) } }
            .map { "idle \(TaskTable.duration($0))" } ?? "running a callback"
        func count(_ value: Int64?, _ noun: String) -> String {
            guard let value else { return "? \(noun)s" }
            return "\(value) \(noun)\(value == 1 || noun == "I/O" ? "" : "s")"
        }
        var parts = [count(snapshot.ready, "ready callback"), count(snapshot.timers, "timer"),
                     count(snapshot.io, "I/O"), count(snapshot.executorJobs, "executor job")]
        if snapshot.otherThreads == 1 { parts.append("another thread may wake it") }
        return idle + "; " + parts.joined(separator: ", ")
    }
}

/// Distinct strings numbered in order of first use; nil is -1.
private struct StringTable {
    private(set) var values: [String] = []
    private var numbers: [String: Int64] = [:]

    mutating func index(_ value: String?) -> Int64 {
        guard let value else { return -1 }
        if let number = numbers[value] { return number }
        numbers[value] = Int64(values.count)
        values.append(value)
        return Int64(values.count - 1)
    }
}
