extension Facts {
    /// A row of the scopes table: a pytest session, test, phase or fixture, a unittest test, or an asyncio
    /// runner, and the ids drawn when it began and ended (a task made while it was open has an id in between).
    public struct Scope: Sendable {
        public enum Kind: String, Sendable {
            case session, test, setup, call, teardown, fixture, runner
        }

        /// nil: a kind this asynctrace does not know.
        public var kind: Kind?
        /// session: the rootdir; a test or phase: its test id; fixture: its name; runner: its main coroutine.
        public var name: String?
        /// test: pytest or unittest; fixture: its scope (function to session); runner: asyncio.run or
        /// asyncio.Runner.
        public var detail: String?
        public var processID: Int64?
        public var parentID: Int64?
        /// nil: it never ended (the process was killed).
        public var endID: Int64?
        /// fixture: when its setup returned; its own code made the tasks made before.
        public var readyID: Int64?
        public var testID: Int64?
        public var loopID: Int64?
        public var siteID: Int64?
        public var startNs: Int64?
        public var endNs: Int64?
    }

    /// The ids of the scopes in order: a process's ids share their high 32 bits, so one process's scopes are
    /// one run of it.
    func orderedScopes() -> [Int64] {
        scopeOrder.isEmpty && !scopes.isEmpty ? scopes.keys.sorted() : scopeOrder
    }

    /// Whether `scopeID` was open when the object `id` of the same process was made; a fixture only while
    /// its own code ran (the fixtures it needs are set up inside its setup).
    private func scope(_ scope: Scope, _ scopeID: Int64, held id: Int64) -> Bool {
        scopeID < id && id < ((scope.kind == .fixture ? scope.readyID : nil) ?? scope.endID ?? .max)
            && scopeID >> 32 == id >> 32
    }

    /// How many ids of the sorted `order` are below `id`.
    private static func countBelow(_ id: Int64, in order: [Int64]) -> Int {
        var (low, high) = (0, order.count)
        while low < high {
            let middle = (low + high) / 2
            if order[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The innermost scope other than a runner that was open when object `id` was made.
    private func innermostScope(holding id: Int64, in order: [Int64]) -> Int64? {
        var index = Self.countBelow(id, in: order) - 1
        while index >= 0, order[index] >> 32 == id >> 32 {
            let scopeID = order[index]
            if let found = scopes[scopeID], found.kind != .runner, scope(found, scopeID, held: id) { return scopeID }
            index -= 1
        }
        return nil
    }

    /// The scope that made task `taskID`, whose end judges it: the innermost scope open when the task was made
    /// (a test's phase, a fixture while its own code ran, a unittest test), unless the task was made under an
    /// asyncio.run() or a Runner that was itself started inside that scope, on the task's loop. A Runner that a
    /// test framework started elsewhere (pytest-asyncio's, in its fixture) only drives the loop.
    public func scopeThatMade(task taskID: Int64) -> Int64? {
        let order = orderedScopes()
        guard let task = tasks[taskID], !order.isEmpty else { return nil }
        let innermost = innermostScope(holding: taskID, in: order)
        var index = Self.countBelow(taskID, in: order) - 1
        while index >= 0, order[index] >> 32 == taskID >> 32, order[index] > innermost ?? .min {
            let scopeID = order[index]
            if let runner = scopes[scopeID], runner.kind == .runner, runner.loopID == task.loopID,
               scope(runner, scopeID, held: taskID), innermostScope(holding: scopeID, in: order) == innermost {
                return scopeID
            }
            index -= 1
        }
        return innermost
    }

    /// The test a finding about test `id` names: the outermost test it ran inside (a test that pytester's
    /// sessions, or a TestCase run by a test, ran inside another; a test of a process that another test
    /// started, as pytester's runpytest_subprocess does), else itself.
    public func outermostTest(_ id: Int64?) -> Int64? {
        guard let id else { return nil }
        return (outermostTests ?? outermostTestsByTest())[id] ?? id
    }

    /// Each test's outermost test, for the tests that ran inside another.
    func outermostTestsByTest() -> [Int64: Int64] {
        // Within a process: through the scopes' parents.
        var enclosing: [Int64: Int64] = [:]
        for scope in scopes.values where scope.kind == .test {
            guard let test = scope.testID else { continue }
            var parent = scope.parentID
            var steps = 0
            // A damaged trace can hold a cycle: the walk is bounded.
            while let id = parent, let outer = scopes[id], steps < 1000 {
                if outer.kind == .test, let outerTest = outer.testID, outerTest != test {
                    enclosing[test] = outerTest
                    break
                }
                parent = outer.parentID
                steps += 1
            }
        }
        // Across processes: a process that started while its parent process ran a test.
        let testsByProcess = Dictionary(grouping: tests.filter { $0.value.processID != nil }, by: { $0.value.processID! })
        let processesByPid = Dictionary(grouping: processes.filter { $0.value.pid != nil }, by: { $0.value.pid! })
        for (processID, process) in processes where testsByProcess[processID] != nil {
            guard let parentPid = process.parentPid, let started = process.startNs,
                  let parent = processesByPid[parentPid]?.filter({ ($0.value.startNs ?? .max) <= started })
                      .max(by: { ($0.value.startNs ?? 0) < ($1.value.startNs ?? 0) })?.key,
                  let running = testsByProcess[parent]?.filter({ _, test in
                      (test.startNs ?? .max) <= started && (test.endNs ?? .max) >= started
                  }).max(by: { ($0.value.startNs ?? 0) < ($1.value.startNs ?? 0) })?.key else { continue }
            for (test, _) in testsByProcess[processID] ?? [] where enclosing[test] == nil { enclosing[test] = running }
        }
        var outermost: [Int64: Int64] = [:]
        for test in enclosing.keys {
            var outer = test
            var steps = 0
            while let next = enclosing[outer], steps < 1000 {
                outer = next
                steps += 1
            }
            outermost[test] = outer
        }
        return outermost
    }

    /// The tests of the task's process that began after `ns` and before `until` (nil: the task never ended):
    /// the tests a task left running ran through.
    func tests(ofProcess processID: Int64?, between ns: Int64, and until: Int64?) -> [Int64] {
        tests.filter { _, test in
            guard test.processID == processID, let start = test.startNs, start > ns else { return false }
            return until.map { start < $0 } ?? true
        }.sorted { ($0.value.startNs ?? 0, $0.key) < ($1.value.startNs ?? 0, $1.key) }.map(\.key)
            .filter { outermostTest($0) == $0 }
    }

    /// The innermost test (the latest begun) of a process that was running at `ns`.
    func testRunning(at ns: Int64?, in processID: Int64?) -> Int64? {
        guard let ns, let processID,
              let timeline = (testTimelines ?? testTimelinesByProcess())[processID] else { return nil }
        // The last test begun by `ns`, then back while an earlier one may still have been running then.
        var low = 0, high = timeline.starts.count
        while low < high {
            let middle = (low + high) / 2
            if timeline.starts[middle] <= ns { low = middle + 1 } else { high = middle }
        }
        var index = low - 1
        while index >= 0 && timeline.latestEnds[index] >= ns {
            if timeline.ends[index] >= ns { return timeline.ids[index] }
            index -= 1
        }
        return nil
    }

    /// Each process's tests that began, in order of start (then id), for `testRunning`.
    func testTimelinesByProcess() -> [Int64: TestTimeline] {
        var timelines: [Int64: TestTimeline] = [:]
        let begun = tests.compactMap { id, test in
            test.startNs.flatMap { start in test.processID.map { ($0, start, test.endNs ?? .max, id) } }
        }.sorted { ($0.0, $0.1, $0.3) < ($1.0, $1.1, $1.3) }
        for (process, start, end, id) in begun {
            timelines[process, default: TestTimeline()].append(start: start, end: end, id: id)
        }
        return timelines
    }
}

/// One process's tests in order of start: when each began and ended (a test still running: Int64.max), and
/// the latest end among it and those before it, which bounds how far back a running test can be.
struct TestTimeline: Sendable {
    var starts: [Int64] = [], ends: [Int64] = [], ids: [Int64] = [], latestEnds: [Int64] = []

    mutating func append(start: Int64, end: Int64, id: Int64) {
        starts.append(start)
        ends.append(end)
        ids.append(id)
        latestEnds.append(max(end, latestEnds.last ?? .min))
    }
}
