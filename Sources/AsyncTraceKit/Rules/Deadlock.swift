/// Tasks that can never go on: an await cycle (each waits on the next: the task it awaits, a child of its
/// gather, the holder of the Lock it wants), or a loop with nothing left that could wake its waiting tasks.
public enum Deadlock: RuleDefinition {
    public static let description = RuleDescription(
        id: "deadlock",
        title: "Deadlock: tasks wait on each other or on nothing that can happen",
        severity: .error,
        summary: """
            Reports tasks that can never go on, from the recorder's snapshots of what each pending task waited \
            on (taken when a loop made no progress or a task stayed on one await for ASYNCTRACE_HANG_MS, default \
            2000, and when the process was signalled or called os._exit): an await cycle, where each task waits \
            for the next (awaits it, gathers it, or wants a Lock it holds), or a stall, where the loop was idle with \
            no callback ready, no timer, no I/O, no executor job and no other thread that could wake it, while \
            its tasks waited on Events, Futures, locks, queues or each other. Blames the await line of the task \
            of the cycle created first (of a stall: the first task that waits on something other than a task); \
            the message names every task and what it waits on, the story shows each one's await chain, innermost \
            first, where each awaited object was made, and where each task was made.
            """,
        why: """
            asyncio never reports a deadlock: the program simply stops making progress. A lock-order inversion, \
            two tasks awaiting each other, or an Event that nothing will set hang the process (or a test, until \
            a CI timeout kills it) with no error and no traceback that points at the awaits involved. Go reports \
            "all goroutines are asleep - deadlock!" for the same situation; asyncio leaves it to you to find.
            """,
        fix: """
            Break the cycle: take locks in one global order (or hold one at a time), never await a task that \
            awaits you, and make sure whoever sets an Event, resolves a Future or fills a Queue is started before \
            anyone waits on it; put a timeout (asyncio.timeout, wait_for) around waits that depend on others.
            """,
        triggeringExample: "deadlock.py",
        nonTriggeringExample: "deadlock_fixed.py",
        references: [.locks, .synchronization, .timeouts, .taskGroups])

    /// The rule reads the snapshots and waits tables, no event.
    public static let evidence: Set<Event.Kind> = []

    /// The longest await path the cycle search follows: a damaged trace can hold any graph.
    public static let depthCap = 10_000
    /// Tasks named in a message, and in a story, at most.
    static let namedInMessage = 8, namedInStory = 20

    /// An await cycle or a stalled loop, from the first snapshot it was seen in.
    struct Hang {
        var snapshotID: Int64
        var snapshot: Facts.Snapshot
        /// A cycle: its tasks in order, the one created first at the head, each waiting on the next. A stall:
        /// the tasks stuck with nothing to wake them, those that wait on something other than a task first.
        var tasks: [Int64]
        var isCycle: Bool
        /// Tasks stuck behind a cycle (they wait on one of its tasks, directly or not).
        var behind: [Int64] = []
    }

    public static func findings(in facts: Facts) -> [Finding] {
        hangs(in: facts).compactMap { finding(for: $0, facts: facts) }
    }

    /// Every cycle once (by its set of tasks) and every stalled loop once, in the order the snapshots were taken.
    static func hangs(in facts: Facts) -> [Hang] {
        var hangs: [Hang] = []
        var cyclesSeen = Set<[Int64]>(), stalledLoops = Set<Int64>()
        for (snapshotID, snapshot) in facts.orderedSnapshots() {
            let waits = facts.waits(in: snapshotID)
            guard !waits.isEmpty else { continue }
            let graph = awaitGraph(waits)
            let order = graph.keys.sorted {
                (facts.tasks[$0]?.createdNs ?? .max, $0) < (facts.tasks[$1]?.createdNs ?? .max, $1)
            }
            let cycles = cycles(in: graph, order: order)
            let inCycles = Set(cycles.joined())
            let stuckBehind = reaching(inCycles, in: graph).subtracting(inCycles)
            for cycle in cycles where cyclesSeen.insert(cycle.sorted()).inserted {
                // The cycle from the task created first; the tasks behind it, those waiting on its tasks.
                let start = cycle.firstIndex(of: facts.createdFirst(cycle)!)!
                let waitingOnIt = reaching(Set(cycle), in: graph)
                let behind = order.filter { stuckBehind.contains($0) && waitingOnIt.contains($0) }
                hangs.append(Hang(snapshotID: snapshotID, snapshot: snapshot,
                                  tasks: Array(cycle[start...] + cycle[..<start]), isCycle: true, behind: behind))
            }
            let loop = snapshot.loopID ?? snapshotID
            guard isStall(snapshot, waits), !stalledLoops.contains(loop) else { continue }
            // What a cycle explains is its finding's; the rest of the loop's tasks stalled on their own.
            let explained = inCycles.union(stuckBehind)
            let stalled = order.filter { !explained.contains($0) }
            guard !stalled.isEmpty else { continue }
            stalledLoops.insert(loop)
            // Those that wait on something other than a stalled task first: the stall's roots.
            let rooted = stalled.filter { (graph[$0] ?? []).allSatisfy { !stalled.contains($0) } }
            hangs.append(Hang(snapshotID: snapshotID, snapshot: snapshot,
                              tasks: rooted + stalled.filter { !rooted.contains($0) }, isCycle: false))
        }
        return hangs
    }

    /// Each waiting task of a snapshot, and the tasks of the same snapshot it cannot go on without: the task it
    /// awaits, gather's pending children, the holder of the Lock it wants.
    static func awaitGraph(_ waits: [Facts.Wait]) -> [Int64: [Int64]] {
        let waiting = Set(waits.compactMap(\.taskID))
        var graph: [Int64: [Int64]] = [:]
        for wait in waits {
            guard let task = wait.taskID else { continue }
            let edges = wait.kind?.blocksOnTasks == true ? wait.onTasks.filter(waiting.contains) : []
            graph[task, default: []] += edges
        }
        return graph
    }

    /// The cycles of `graph`, each once as the search meets it: a depth-first search that colours each task
    /// white (not reached), grey (on the current path) or black (done), and records the path from a grey task
    /// back to itself; as CPython's asyncio/tools.py `_find_cycles`, without recursion and with the path
    /// capped at `depthCap`. Tasks are searched from in `order`.
    public static func cycles(in graph: [Int64: [Int64]], order: [Int64], depthCap: Int = depthCap) -> [[Int64]] {
        enum Colour { case grey, black }
        var colour: [Int64: Colour] = [:]
        var cycles: [[Int64]] = []
        for start in order where colour[start] == nil && graph[start] != nil {
            // The path, each task's place on it, and the next edge to follow from each.
            var path = [start], place = [start: 0], next = [0]
            colour[start] = .grey
            while let task = path.last {
                let edges = graph[task] ?? []
                let edge = next[next.count - 1]
                guard edge < edges.count else {
                    colour[task] = .black
                    place[task] = nil
                    path.removeLast()
                    next.removeLast()
                    continue
                }
                next[next.count - 1] += 1
                let target = edges[edge]
                switch colour[target] {
                case nil:
                    guard graph[target] != nil, path.count < depthCap else { continue }
                    colour[target] = .grey
                    place[target] = path.count
                    path.append(target)
                    next.append(0)
                case .grey:
                    if let at = place[target] { cycles.append(Array(path[at...])) }
                case .black:
                    continue
                }
            }
        }
        return cycles
    }

    /// The tasks of `graph` from which one of `targets` can be reached (the targets included).
    static func reaching(_ targets: Set<Int64>, in graph: [Int64: [Int64]]) -> Set<Int64> {
        var waitedOnBy: [Int64: [Int64]] = [:]
        for (task, edges) in graph { for target in edges { waitedOnBy[target, default: []].append(task) } }
        var reached = targets, queue = Array(targets)
        while let task = queue.popLast() {
            for waiter in waitedOnBy[task] ?? [] where reached.insert(waiter).inserted { queue.append(waiter) }
        }
        return reached
    }

    /// Whether the snapshot shows a loop nothing can wake: idle in select with no callback ready, no timer, no
    /// I/O, no executor job and no other thread that might call it, and every task waiting on something only
    /// another of its tasks could provide. A state the loop could not tell (NULL) is no stall.
    public static func isStall(_ snapshot: Facts.Snapshot, _ waits: [Facts.Wait]) -> Bool {
        guard [.noProgress, .signal, .exit].contains(snapshot.reason), snapshot.idleSinceNs != nil,
              snapshot.ready == 0, snapshot.timers == 0, snapshot.io == 0, snapshot.executorJobs == 0,
              snapshot.otherThreads == 0, !waits.isEmpty else { return false }
        return waits.allSatisfy { $0.kind?.isInternal == true }
    }

    private static func finding(for hang: Hang, facts: Facts) -> Finding? {
        let waits = Dictionary(facts.waits(in: hang.snapshotID).compactMap { wait in wait.taskID.map { ($0, wait) } },
                               uniquingKeysWith: { first, _ in first })
        guard let first = hang.tasks.first, let blamed = waits[first] else { return nil }
        var related: [RelatedLocation] = []
        let message: String
        if hang.isCycle {
            var parts: [String] = []
            for (index, task) in hang.tasks.enumerated() {
                guard let wait = waits[task] else { continue }
                let next = hang.tasks[(index + 1) % hang.tasks.count]
                let last = index == hang.tasks.count - 1
                let waitsFor = facts.waitsFor(wait, toward: next, named: last ? facts.shortName : facts.fullName)
                let who = index == 0 ? facts.fullName(task) : "which"
                parts.append("\(who) waits at \(facts.awaitLine(wait)) for \(waitsFor)")
                related += facts.waitingSteps(wait, toward: next)
                if let made = facts.primitiveMade(wait) { related.append(made) }
            }
            let verdict = hang.tasks.count == 1
                ? "; asyncio.Lock is not reentrant, so it can never go on"
                : ": an await cycle, none of them can go on"
            let behind = hang.behind.isEmpty ? "" : hang.behind.count == 1
                ? ", and \(facts.fullName(hang.behind[0])) waits on it"
                : ", and \(hang.behind.count) more tasks wait on it"
            message = parts.joined(separator: ", ") + verdict + behind + "; " + facts.seen(hang.snapshot)
            for task in hang.behind.prefix(5) {
                guard let wait = waits[task] else { continue }
                related += facts.waitingSteps(wait)
            }
        } else {
            var parts: [String] = []
            for task in hang.tasks.prefix(namedInMessage) {
                guard let wait = waits[task] else { continue }
                let made = facts.location(wait.onSiteID).map { " (created at \($0))" } ?? ""
                parts.append("\(facts.fullName(task)) waits at \(facts.awaitLine(wait)) for "
                             + "\(facts.waitsFor(wait, named: facts.fullName))\(made)")
            }
            let more = hang.tasks.count - parts.count
            let others = more > 0 ? "; and \(more) more task\(more == 1 ? "" : "s")" : ""
            let them = hang.tasks.count == 1 ? "it" : "them"
            message = parts.joined(separator: "; ") + others + "; nothing could wake \(them): its event loop was idle "
                + "with no callback ready, no timer, no I/O, no executor job and no other thread; "
                + facts.seen(hang.snapshot)
            for task in hang.tasks.prefix(namedInStory) {
                guard let wait = waits[task] else { continue }
                related += facts.waitingSteps(wait)
                if let made = facts.primitiveMade(wait) { related.append(made) }
            }
        }
        related += hang.tasks.prefix(namedInStory).compactMap(facts.taskMade)
        return facts.hangFinding(description, wait: blamed, snapshot: hang.snapshot, message: message, related: related)
    }
}
