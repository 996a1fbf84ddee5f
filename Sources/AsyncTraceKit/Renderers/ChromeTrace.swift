import Foundation

/// The trace as Chrome trace-event JSON, which Perfetto (ui.perfetto.dev, trace_processor) and
/// chrome://tracing open: a process per traced process; per loop, thread tracks named after the loop and
/// its thread, one per row of the loop's lane, because slices on one track must nest and a loop's tasks
/// overlap freely; a complete ("X") slice per task; flow arrows from parent to child and from canceller to
/// cancelled; an instant event per finding. Times are microseconds after the earliest moment in the trace.
public enum ChromeTrace {
    /// `findings` are shown as given (relativize them first); `root` shortens creation sites and command
    /// lines the same way.
    public static func render(_ facts: Facts, findings: [Finding], root: ProjectRoot, to output: OutputFile) throws {
        let timeline = Timeline(facts)
        let json = JSONWriter(output: output)
        let processes = facts.processes.keys.sorted()
        // Operating-system pids unless the trace reuses one; then the trace's own process numbers.
        let osPIDs = processes.map { facts.processes[$0]?.pid }
        let useOSPIDs = osPIDs.allSatisfy { $0 != nil } && Set(osPIDs).count == osPIDs.count
        var pid: [Int64: Int64] = [:]
        for (index, id) in processes.enumerated() { pid[id] = useOSPIDs ? osPIDs[index]! : id }
        let pidOfOSPID = Dictionary(processes.compactMap { id in facts.processes[id]?.pid.map { ($0, pid[id]!) } },
                                    uniquingKeysWith: { first, _ in first })
        // Tasks of unknown processes share one made-up process, numbered above every real one (or, in a
        // damaged trace, whatever number is free).
        let pids = Set(pid.values)
        var orphanPID = (pids.max() ?? 0) &+ 1
        while pids.contains(orphanPID) { orphanPID &+= 1 }

        var t0 = timeline.startNs
        for process in facts.processes.values { if let start = process.startNs { t0 = min(t0, start) } }
        for finding in findings { if let ts = finding.timestampNs { t0 = min(t0, ts) } }
        func time(_ ns: Int64) -> Microseconds { Microseconds(ns.saturatingMinus(t0)) }

        /// Where each task's slice is: its track and its lifetime.
        struct Placement { var pid: Int64; var tid: Int64; var lifetime: Lifetime }
        var placement: [Int64: Placement] = [:]
        placement.reserveCapacity(facts.tasks.count)
        var firstTrackOfLoop: [Int64: (pid: Int64, tid: Int64)] = [:]
        var nextTID: [Int64: Int64] = [:]

        try json.raw("{\"displayTimeUnit\":\"ms\",\"otherData\":{\"generator\":\"asynctrace\"},\"traceEvents\":[\n")
        var first = true
        func event(_ fields: [(String, Any?)]) throws {
            if !first { try json.raw(",\n") }
            first = false
            try json.raw("{")
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { try json.raw(",") }
                try json.key(key)
                try write(value, json)
            }
            try json.raw("}")
        }

        for (index, id) in processes.enumerated() {
            let process = facts.processes[id]
            let command = process?.commandLine(root: root) ?? "?"
            let osPID = process?.pid.map(String.init) ?? "?"
            try event([("ph", "M"), ("name", "process_name"), ("pid", pid[id]!), ("args", ["name": "pid \(osPID): \(command)"])])
            try event([("ph", "M"), ("name", "process_sort_index"), ("pid", pid[id]!), ("args", ["sort_index": Int64(index)])])
        }
        if timeline.lanes.contains(where: { $0.processID.flatMap({ pid[$0] }) == nil }) {
            try event([("ph", "M"), ("name", "process_name"), ("pid", orphanPID), ("args", ["name": "unknown process"])])
        }
        for lane in timeline.lanes {
            let lanePID = lane.processID.flatMap { pid[$0] } ?? orphanPID
            let thread = lane.threadID.flatMap { facts.threads[$0]?.name } ?? "unknown thread"
            let loopName = lane.loopID.map { "loop \($0 & 0xFFFF_FFFF)" } ?? "no loop"
            for (row, bars) in lane.rows.enumerated() {
                let tid = nextTID[lanePID, default: 1]
                nextTID[lanePID] = tid + 1
                if row == 0, let loop = lane.loopID { firstTrackOfLoop[loop] = (lanePID, tid) }
                let name = "\(loopName) on \(thread)" + (row > 0 ? " (\(row + 1))" : "")
                try event([("ph", "M"), ("name", "thread_name"), ("pid", lanePID), ("tid", tid), ("args", ["name": name])])
                try event([("ph", "M"), ("name", "thread_sort_index"), ("pid", lanePID), ("tid", tid),
                           ("args", ["sort_index": tid])])
                for bar in bars { placement[bar.taskID] = Placement(pid: lanePID, tid: tid, lifetime: bar.lifetime) }
            }
        }

        // Slices before the flows that bind to them: at equal timestamps, readers keep file order.
        for lane in timeline.lanes {
            for bar in lane.rows.joined() {
                guard let place = placement[bar.taskID], let task = facts.tasks[bar.taskID] else { continue }
                let name = facts.histories[bar.taskID]?.latestName ?? task.name
                let label = [name, task.coroQualname.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
                var args: [String: Any] = ["task id": bar.taskID, "state": task.state.rawValue,
                                           "ended": bar.lifetime.ending.rawValue]
                args["coroutine"] = task.coroQualname
                args["exception"] = task.end?.exception
                args["test"] = task.testID.flatMap { facts.tests[$0]?.nodeid }
                args["created at"] = task.siteID.flatMap { facts.location($0) }.map(root.relative)
                try event([("ph", "X"), ("cat", "task"), ("name", label.isEmpty ? "task \(bar.taskID)" : label),
                           ("pid", place.pid), ("tid", place.tid), ("ts", time(bar.lifetime.startNs)),
                           ("dur", Microseconds(bar.lifetime.durationNs)), ("args", args)])
            }
        }

        var flowID: Int64 = 0
        /// An arrow from `from`'s slice to `to`'s, at `ns` moved inside each slice.
        func flow(_ category: String, from: Placement, to: Placement, at ns: Int64) throws {
            flowID += 1
            let clamp = { (lifetime: Lifetime) in min(max(ns, lifetime.startNs), lifetime.endNs) }
            try event([("ph", "s"), ("cat", category), ("name", category), ("id", flowID), ("pid", from.pid),
                       ("tid", from.tid), ("ts", time(clamp(from.lifetime)))])
            try event([("ph", "f"), ("bp", "e"), ("cat", category), ("name", category), ("id", flowID),
                       ("pid", to.pid), ("tid", to.tid), ("ts", time(clamp(to.lifetime)))])
        }
        for lane in timeline.lanes {
            for bar in lane.rows.joined() {
                guard let child = placement[bar.taskID] else { continue }
                if let parent = facts.tasks[bar.taskID]?.parentID.flatMap({ placement[$0] }) {
                    try flow("created", from: parent, to: child, at: bar.lifetime.startNs)
                }
                if let request = facts.histories[bar.taskID]?.cancelRequest, let ns = request.ts,
                   let canceller = request.refID.flatMap({ placement[$0] }) {
                    try flow("cancelled", from: canceller, to: child, at: ns)
                }
            }
        }

        for finding in findings {
            guard let ns = finding.timestampNs else { continue }
            var fields: [(String, Any?)] = [("ph", "i"), ("cat", "finding"), ("name", finding.rule),
                                            ("ts", time(ns))]
            if let task = finding.task.flatMap({ placement[$0] }) {
                fields += [("s", "t"), ("pid", task.pid), ("tid", task.tid)]
            } else if let track = finding.loop.flatMap({ firstTrackOfLoop[$0] }) {
                fields += [("s", "t"), ("pid", track.pid), ("tid", track.tid)]
            } else if let process = finding.pid.flatMap({ pidOfOSPID[$0] }) {
                fields += [("s", "p"), ("pid", process)]
            } else {
                fields += [("s", "g")]
            }
            var args: [String: Any] = ["message": finding.message, "severity": finding.severity.rawValue]
            args["file"] = finding.file
            args["line"] = finding.line
            args["function"] = finding.function
            args["object"] = finding.object
            args["test"] = finding.test
            try event(fields + [("args", args)])
        }
        try json.raw("\n]}\n")
    }

    /// Nanoseconds written as microseconds with three decimals, the unit of the format.
    private struct Microseconds {
        var text: String
        init(_ ns: Int64) {
            let nanos = abs(ns % 1000)
            text = "\(ns < 0 && ns > -1000 ? "-" : "")\(ns / 1000).\(nanos < 10 ? "00" : nanos < 100 ? "0" : "")\(nanos)"
        }
    }

    private static func write(_ value: Any?, _ json: JSONWriter) throws {
        switch value {
        case let text as String: try json.string(text)
        case let number as Int64: try json.number(number)
        case let time as Microseconds: try json.raw(time.text)
        case let object as [String: Any]:
            try json.raw("{")
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { try json.raw(",") }
                try json.key(key)
                try write(object[key]!, json)
            }
            try json.raw("}")
        default: try json.raw("null")
        }
    }
}
