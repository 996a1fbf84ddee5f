/// What the analyzer knows about a trace: the per-object tables keyed by id, and what the events say about
/// each task, each loop and each incident. `Trace.facts()` fills it from the whole trace, for the report and
/// the task list; `Trace.findingFacts()` only with what the rules read.
public struct Facts: Sendable {
    public struct Process: Sendable {
        public var pid: Int64?
        /// os.getppid() when it started.
        public var parentPid: Int64? = nil
        /// The command line as recorded: a JSON array.
        public var argv: String? = nil
        public var startNs: Int64? = nil
        /// NULL unless the process exited cleanly.
        public var endNs: Int64? = nil
    }
    public struct Thread: Sendable {
        public var name: String?
        public var processID: Int64? = nil
    }
    public struct Test: Sendable {
        public var nodeid: String?
        public var processID: Int64? = nil
        /// passed, failed or skipped, as pytest reported it.
        public var outcome: String? = nil
        public var startNs: Int64? = nil
        public var endNs: Int64? = nil
    }
    public struct Site: Sendable {
        public var file: String?
        public var line: Int64?
        public var function: String?
        public var stack: String?
    }
    public struct Loop: Sendable {
        public var processID: Int64?
        /// The thread that created the loop.
        public var threadID: Int64?
        public var className: String? = nil
        public var createdNs: Int64? = nil
        /// The program line that created the loop.
        public var siteID: Int64? = nil
        /// The thread of the loop's first run, which is where its tasks ran.
        public var runThreadID: Int64? = nil
        public var closedNs: Int64? = nil
        /// The program line that closed it.
        public var closedSiteID: Int64? = nil
    }
    public struct Task: Sendable {
        /// How a finished task ended (task_ends.outcome).
        public enum Outcome: Int64, Sendable {
            case result = 0, exception = 1, cancelled = 2
        }

        /// The task's task_ends row.
        public struct End: Sendable {
            public var ns: Int64?
            /// nil when the row holds a value this asynctrace does not know.
            public var outcome: Outcome?
            /// Qualified name of the exception type when the task raised.
            public var exception: String?
        }

        public var name: String?
        public var coroQualname: String?
        // A trace can hold millions of tasks: the numbers are kept without Optional's padding, eight bytes
        // each and a bit each saying whether it is known, which makes a task 120 bytes instead of 176.
        private var numbers: (Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64) = (0, 0, 0, 0, 0, 0, 0, 0)
        private var known: UInt8 = 0
        /// 0: no task_ends row; 1: a row whose outcome this asynctrace does not know; 2 + the outcome.
        private var ending: UInt8 = 0
        private var exception: String?

        init(processID: Int64?, loopID: Int64?, name: String?, coroQualname: String?, siteID: Int64?,
             threadID: Int64?, testID: Int64?, parentID: Int64? = nil, createdNs: Int64? = nil, end: End? = nil) {
            self.name = name
            self.coroQualname = coroQualname
            self.processID = processID
            self.loopID = loopID
            self.siteID = siteID
            self.threadID = threadID
            self.testID = testID
            self.parentID = parentID
            self.createdNs = createdNs
            self.end = end
        }

        public var processID: Int64? { get { number(0) } set { setNumber(0, newValue) } }
        public var loopID: Int64? { get { number(1) } set { setNumber(1, newValue) } }
        public var siteID: Int64? { get { number(2) } set { setNumber(2, newValue) } }
        public var threadID: Int64? { get { number(3) } set { setNumber(3, newValue) } }
        public var testID: Int64? { get { number(4) } set { setNumber(4, newValue) } }
        public var parentID: Int64? { get { number(5) } set { setNumber(5, newValue) } }
        public var createdNs: Int64? { get { number(6) } set { setNumber(6, newValue) } }

        /// nil: the task never finished.
        public var end: End? {
            get {
                guard ending > 0 else { return nil }
                return End(ns: number(7), outcome: ending > 1 ? Outcome(rawValue: Int64(ending - 2)) : nil,
                           exception: exception)
            }
            set {
                setNumber(7, newValue?.ns)
                ending = newValue.map { end in end.outcome.map { UInt8($0.rawValue) + 2 } ?? 1 } ?? 0
                exception = newValue?.exception
            }
        }

        private func number(_ index: Int) -> Int64? {
            guard known & 1 << index != 0 else { return nil }
            return withUnsafeBytes(of: numbers) { $0.load(fromByteOffset: index * 8, as: Int64.self) }
        }

        private mutating func setNumber(_ index: Int, _ value: Int64?) {
            withUnsafeMutableBytes(of: &numbers) { $0.storeBytes(of: value ?? 0, toByteOffset: index * 8, as: Int64.self) }
            known = value == nil ? known & ~(1 << index) : known | 1 << index
        }
    }

    /// The task-scoped events of one task, first occurrence of each kind.
    public struct TaskHistory: Sendable {
        /// The first event of each task-scoped kind, in trace order. One array rather than a field per kind:
        /// most tasks have one such event (a cancel request) or none, and a million histories of five empty
        /// event slots cost gigabytes.
        private var firsts: [Event] = []
        /// The name from the last task_renamed event.
        public var latestName: String?

        /// Every cancel() of the task the trace holds, in trace order (`findingFacts` reads them for the
        /// tasks its evidence names).
        public private(set) var cancelRequests: [Event] = []
        public var cancelRequest: Event? { cancelRequests.first }
        public var pendingAtClose: Event? { first(.taskPendingAtClose) }
        public var pendingAtExit: Event? { first(.taskPendingAtExit) }
        public var destroyedPending: Event? { first(.taskDestroyedPending) }
        public var cancelSwallowed: Event? { first(.taskCancelSwallowed) }

        private func first(_ kind: Event.Kind) -> Event? { firsts.first { $0.kind == kind } }

        /// Adds an event of this task, in trace order: a rename replaces the name, any other kind is kept
        /// unless one of its kind came before.
        mutating func record(_ event: Event) {
            if event.kind == .taskRenamed {
                latestName = event.detail ?? latestName
            } else if event.kind == .taskCancelRequested {
                cancelRequests.append(event)
            } else if !firsts.contains(where: { $0.kind == event.kind }) {
                firsts.append(event)
            }
        }

        /// Whether cancel() had been requested when `event` happened. A close/exit event records it in
        /// `arg`; otherwise only an earlier task_cancel_requested event says so.
        public func cancelRequested(before event: Event) -> Bool {
            if event.kind == .taskPendingAtClose || event.kind == .taskPendingAtExit, event.arg == 1 { return true }
            return cancelRequest.map { $0.id < event.id } ?? false
        }
    }

    public var processes: [Int64: Process] = [:]
    /// The scopes table (see Scopes.swift): what each task is judged by.
    public var scopes: [Int64: Scope] = [:]
    public var threads: [Int64: Thread] = [:]
    public var tests: [Int64: Test] = [:]
    public var sites: [Int64: Site] = [:]
    public var loops: [Int64: Loop] = [:]
    public var tasks: [Int64: Task] = [:]
    /// Tasks a lean-level recording counted instead of storing (see Trace.countedTasks), not in `tasks`.
    public var countedTasks: Int { countedTasksByTest.values.reduce(into: 0) { $0.addSaturating($1) } }
    /// The same by the test that made them (nil: none).
    public var countedTasksByTest: [Int64?: Int] = [:]
    /// task_sites: by a task site, the line that made its coroutine a task, when that was another line.
    public var scheduledSites: [Int64: Int64] = [:]
    public var histories: [Int64: TaskHistory] = [:]
    /// The snapshots of loops and their pending tasks (see Snapshots.swift), and what each task waited on in
    /// each, by snapshot id.
    public var snapshots: [Int64: Snapshot] = [:]
    public var waits: [Int64: [Wait]] = [:]
    /// The latest timestamp read from any row of each process (by processes.id): where a process that was
    /// killed stops.
    public private(set) var lastSeenNs: [Int64: Int64] = [:]
    /// Events that are findings on their own (never awaited, cross-loop, cross-thread, never retrieved),
    /// in trace order.
    public var incidents: [Event.Kind: [Event]] = [:]
    /// The ids of `scopes` in order, the outermost test of each test and each process's tests in order of
    /// start: worked out once per rule run by `Rule.findings` (see Scopes.swift), or on demand where they are
    /// not (empty, nil).
    var scopeOrder: [Int64] = []
    var outermostTests: [Int64: Int64]?
    var testTimelines: [Int64: TestTimeline]?
    /// Which files are the program's, for the rules that tell its code from a library's.
    public var ownership = CodeOwnership()
    /// Each site's blamed frame under `ownership`, worked out once for all the findings that name it
    /// (`Rule.findings` fills it; `blamedFrame` works it out itself where it is empty).
    var blamedFrames: [Int64: Frame] = [:]
    /// The shortest block of the loop `blocking-callback` reports, in milliseconds (the recorder reports from
    /// its own threshold up).
    public var slowCallbackMs: Int64 = 0

    public init() {}

    /// Adds one event in trace order: task-scoped kinds update that task's history, loop kinds that loop,
    /// the others are kept.
    public mutating func record(_ event: Event) {
        saw(event.ts, in: event.processID)
        switch event.kind {
        case .loopRunStart, .loopClosed:
            guard let loopID = event.loopID, var loop = loops[loopID] else { return }
            if event.kind == .loopRunStart {
                loop.runThreadID = loop.runThreadID ?? event.threadID
            } else {
                if loop.closedNs == nil { (loop.closedNs, loop.closedSiteID) = (event.ts, event.siteID) }
            }
            loops[loopID] = loop
        case .taskCancelRequested, .taskPendingAtClose, .taskDestroyedPending, .taskCancelSwallowed,
             .taskPendingAtExit, .taskRenamed:
            // A task-scoped event that names no task has nothing to attach to or blame.
            guard let taskID = event.taskID else { return }
            histories[taskID, default: TaskHistory()].record(event)
        case .exceptionNeverRetrieved, .coroutineNeverAwaited, .taskAliveAtScopeEnd, .crossLoopAwait, .crossThreadCall, .closedLoopCall,
             .transportLeftOpen, .asyncgenFinalized, .loopBlocked:
            incidents[event.kind, default: []].append(event)
        }
    }

    /// Moves a process's last known moment to `ns` if that is later.
    mutating func saw(_ ns: Int64?, in processID: Int64?) {
        guard let ns, let processID else { return }
        // One hash lookup: this runs for every task and event.
        func raise(_ last: inout Int64) { if ns > last { last = ns } }
        raise(&lastSeenNs[processID, default: ns])
    }
}

