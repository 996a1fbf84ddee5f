extension Facts.Task {
    /// Where a task stands at the end of the trace, by how it finished (task_ends.outcome).
    public enum State: String, Sendable, CaseIterable {
        /// Never finished: its loop closed, it was garbage-collected or its process ended first.
        case pending
        case cancelled
        /// Raised an exception.
        case failed
        /// Returned a result.
        case done
    }

    public var state: State {
        guard let end else { return .pending }
        switch end.outcome {
        case .exception: return .failed
        case .cancelled: return .cancelled
        case .result, nil: return .done
        }
    }
}

/// When a task existed: from its creation to when it finished, or, for a task that never finished, to the
/// first thing that ended it (its loop closing, its collection, its process exiting).
public struct Lifetime: Sendable, Hashable {
    public enum Ending: String, Sendable, CaseIterable {
        case finished
        case loopClosed = "loop closed"
        case garbageCollected = "garbage-collected"
        case processExited = "process exited"
        /// The process was killed: the task was last known to exist at the process's latest recorded moment.
        case traceEnded = "trace ended"
    }

    public var startNs: Int64
    public var endNs: Int64
    public var ending: Ending

    public var durationNs: Int64 { endNs.saturatingMinus(startNs) }
}

extension Facts {
    /// The lifetime of task `id`, or nil when the trace does not say when it was created.
    public func lifetime(of id: Int64) -> Lifetime? {
        guard let task = tasks[id], let start = task.createdNs else { return nil }
        if let end = task.end?.ns { return Lifetime(startNs: start, endNs: max(start, end), ending: .finished) }
        let history = histories[id]
        let loop = task.loopID.flatMap { loops[$0] }
        let process = task.processID.flatMap { processes[$0] }
        // The earliest of what the trace says about this task or its loop; the process's end only when
        // nothing closer is known.
        let candidates: [(Int64?, Lifetime.Ending)] = [
            (history?.pendingAtClose?.ts, .loopClosed),
            (history?.destroyedPending?.ts, .garbageCollected),
            (loop?.closedNs, .loopClosed),
            (history?.pendingAtExit?.ts, .processExited),
        ]
        let fallbacks: [(Int64?, Lifetime.Ending)] = [
            (process?.endNs, .processExited),
            (task.processID.flatMap { lastSeenNs[$0] }, .traceEnded),
        ]
        let known = candidates.compactMap { ns, ending in ns.flatMap { $0 >= start ? ($0, ending) : nil } }
        if let (end, ending) = known.min(by: { $0.0 < $1.0 }) ?? fallbacks.lazy.compactMap({ ns, ending in
            ns.flatMap { $0 >= start ? ($0, ending) : nil }
        }).first {
            return Lifetime(startNs: start, endNs: end, ending: ending)
        }
        return Lifetime(startNs: start, endNs: start, ending: .traceEnded)
    }
}

extension Int64 {
    /// `self - other`, or the nearest number when the difference does not fit: a damaged trace can hold any
    /// times and ids, and a trap would end the command.
    func saturatingMinus(_ other: Int64) -> Int64 {
        let (difference, overflow) = subtractingReportingOverflow(other)
        return overflow ? (other < 0 ? .max : .min) : difference
    }
}

extension Int {
    /// `self += other`, stopping at the largest or smallest number (counts summed from a damaged trace).
    mutating func addSaturating(_ other: Int) {
        let (sum, overflow) = addingReportingOverflow(other)
        self = overflow ? (other < 0 ? .min : .max) : sum
    }
}
