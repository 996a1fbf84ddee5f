/// One row of the events table, of a kind the analyzer reads (see event_kinds in schema/trace.sql).
public struct Event: Sendable, Hashable {
    /// The event kinds the analyzer reads. loop_created repeats the loops table, and loop_run_stop says
    /// nothing a finding or a timeline needs: neither is read.
    public enum Kind: Int64, Sendable, CaseIterable {
        case loopRunStart = 2
        case loopClosed = 4
        case taskCancelRequested = 12
        case taskPendingAtClose = 13
        case taskDestroyedPending = 14
        case exceptionNeverRetrieved = 15
        case taskCancelSwallowed = 16
        case taskPendingAtExit = 17
        case taskRenamed = 18
        case taskAliveAtScopeEnd = 19
        case coroutineNeverAwaited = 20
        case crossLoopAwait = 30
        case crossThreadCall = 31
        case closedLoopCall = 32
        case transportLeftOpen = 33
        case asyncgenFinalized = 34
        case loopBlocked = 35
    }

    /// Values of `arg` for task_destroyed_pending: the state of the task's loop.
    public enum LoopState: Int64, Sendable {
        case running = 0, stopped = 1, closed = 2
    }

    /// Values of `arg` for exception_never_retrieved: why CPython said nothing (nil: it did, or the process
    /// exited first).
    public enum Unreported: Int64, Sendable {
        /// cancel() on the task after it had failed cleared CPython's report.
        case clearedByCancel = 1
        /// gather() retrieved and dropped it: another of its awaitables had failed first.
        case discardedByGather = 2
    }

    /// `arg` of task_cancel_swallowed when its site is the except clause that swallowed the cancel, with the
    /// await the cancel was thrown at as the second frame of its stack (3.11+); else the site is that await.
    public static let swallowedByExcept: Int64 = 1

    public var id: Int64
    public var ts: Int64?
    public var kind: Kind
    public var processID: Int64?
    public var threadID: Int64?
    public var loopID: Int64?
    public var taskID: Int64?
    public var testID: Int64?
    public var siteID: Int64?
    public var refID: Int64?
    public var arg: Int64?
    public var detail: String?

    public init(id: Int64, ts: Int64? = nil, kind: Kind, processID: Int64? = nil, threadID: Int64? = nil,
                loopID: Int64? = nil, taskID: Int64? = nil, testID: Int64? = nil, siteID: Int64? = nil,
                refID: Int64? = nil, arg: Int64? = nil, detail: String? = nil) {
        self.id = id
        self.ts = ts
        self.kind = kind
        self.processID = processID
        self.threadID = threadID
        self.loopID = loopID
        self.taskID = taskID
        self.testID = testID
        self.siteID = siteID
        self.refID = refID
        self.arg = arg
        self.detail = detail
    }
}
