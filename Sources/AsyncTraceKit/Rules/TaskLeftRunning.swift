/// A task still pending when the test, fixture or asyncio.run() main that made it ended: test runners and
/// asyncio.run cancel it without a word.
public enum TaskLeftRunning: RuleDefinition {
    public static let description = RuleDescription(
        id: "task-left-running",
        title: "Task left running when its scope ended",
        severity: .warning,
        summary: """
            Reports a task that was still pending when the scope that made it ended: the call of the test that \
            made it, the teardown of the fixture that made it (at that fixture's own scope), the unittest test \
            that made it, or the return of the main coroutine of asyncio.run() or an asyncio.Runner. Blames the \
            line that created the task; the story says where it was waiting, the later tests it ran through and \
            what ended it. An error when it ran on into another test.
            """,
        why: """
            pytest-asyncio (since 1.1), asyncio.run(), asyncio.Runner and unittest's IsolatedAsyncioTestCase cancel \
            the tasks a test or a main coroutine leaves behind, without a warning, so "Task was destroyed but it \
            is pending!" never shows. The work the task was doing is lost all the same, its resources are \
            released late, by someone else's cancel, and when the loop is shared (a module- or session-scoped \
            loop) the task keeps running into the next tests, where its effects and failures are blamed on them.
            """,
        fix: """
            Await the task before the test or main() returns, run it in an asyncio.TaskGroup, or, for a \
            background task a fixture provides, cancel it and await it in the fixture's teardown. A background \
            task you mean to leave to the runner is accepted by a baseline: `asynctrace baseline TRACE -o FILE`, \
            then `--asynctrace-baseline FILE` (or `analyze --baseline FILE`) reports only new findings.
            """,
        triggeringExample: "task_left_running.py",
        nonTriggeringExample: "task_left_running_fixed.py",
        references: [.taskGroups, .run, .cancellation, .createTask])

    public static let evidence: Set<Event.Kind> = [.taskAliveAtScopeEnd]

    public static func findings(in facts: Facts) -> [Finding] {
        // A runner whose own main task was still pending when it ended never saw main() return: an exception
        // (a signal handler's, KeyboardInterrupt) cut it short, and its shutdown cancels what was running, as
        // documented. So did a test whose own coroutine (pytest-asyncio's, anyio's) was still pending when its
        // call ended (pytest-timeout's signal method, Ctrl-C). What hung there is deadlock's and stalled-await's
        // to tell.
        let interrupted = Set(facts.incidents[.taskAliveAtScopeEnd, default: []].compactMap { event -> Int64? in
            guard let scopeID = event.refID, let scope = facts.scopes[scopeID],
                  let task = event.taskID.flatMap({ facts.tasks[$0] }), task.parentID == nil else { return nil }
            switch scope.kind {
            case .runner:
                guard task.siteID == scope.siteID || (task.coroQualname != nil && task.coroQualname == scope.name)
                else { return nil }
            case .call, .test:
                guard let function = task.coroQualname?.split(separator: ".").last,
                      function == testFunction(scope.name) else { return nil }
            default:
                return nil
            }
            return scopeID
        })
        // Each task judged by the end of the scope that made it, once.
        var judged: [Int64: (event: Event, scope: Facts.Scope)] = [:]
        for event in facts.incidents[.taskAliveAtScopeEnd, default: []] {
            guard let taskID = event.taskID, judged[taskID] == nil, let scopeID = event.refID,
                  !interrupted.contains(scopeID),
                  let scope = facts.scopes[scopeID], madeByTheProgram(taskID, facts),
                  facts.scopeThatMade(task: taskID) == scopeID else { continue }
            judged[taskID] = (event, scope)
        }
        // A task another left-running task started is part of that one's story: one finding for the root.
        var startedBy: [Int64: Int] = [:]
        var roots: [Int64] = []
        for taskID in judged.keys {
            var root = taskID
            var steps = 0
            while let parent = facts.tasks[root]?.parentID, judged[parent] != nil, parent != taskID, steps < 1000 {
                root = parent
                steps += 1
            }
            if root == taskID { roots.append(taskID) } else { startedBy[root, default: 0] += 1 }
        }
        return roots.compactMap { taskID in
            guard let (event, scope) = judged[taskID], let what = madeBy(scope, facts) else { return nil }
            return finding(for: event, taskID: taskID, scope: scope, what: what, children: startedBy[taskID] ?? 0,
                           facts: facts)
        }
    }

    /// "test_x" of the node id "tests/test_a.py::TestA::test_x[1]".
    private static func testFunction(_ nodeid: String?) -> Substring? {
        nodeid?.split(separator: "::").last?.split(separator: "[").first
    }

    /// Whether the program's code made the task's coroutine: a library's own tasks (a test runner's, a pool's
    /// shutdown task) are its business, and so is the task in which asyncio closes an abandoned async
    /// generator (asyncgen-not-closed's story).
    private static func madeByTheProgram(_ taskID: Int64, _ facts: Facts) -> Bool {
        guard let task = facts.tasks[taskID], task.coroQualname != "async_generator_athrow",
              let site = task.siteID.flatMap({ facts.sites[$0] }) else { return false }
        guard let creator = site.frames.first?.file ?? site.file else { return false }
        return facts.ownership.isProgram(creator)
    }

    /// "test x's call", "fixture y (module scope)", "main() of asyncio.run": what made the task and ended
    /// without it; nil for a scope whose tasks are nobody's in particular (a whole session).
    private static func madeBy(_ scope: Facts.Scope, _ facts: Facts) -> (maker: String, end: String)? {
        let name = scope.name ?? "?"
        switch scope.kind {
        case .call, .setup, .teardown:
            let phase = scope.kind == .call ? "" : " (in its \(scope.kind!.rawValue))"
            return ("its test\(phase)", "the test returned")
        case .test:
            return ("its test", "the test ended")
        case .fixture:
            return ("fixture \(name) (\(scope.detail ?? "function") scope)", "the fixture was torn down")
        case .runner:
            if scope.detail == "asyncio.run" { return ("\(name)() under asyncio.run()", "\(name)() returned") }
            // A test framework's Runner (anyio's) that runs and closes inside the test's call: the test's end.
            let programs = facts.blamedFrame(scope.siteID).map { facts.ownership.isProgram($0.file) } ?? false
            if !programs, scope.testID != nil { return ("its test", "the test returned") }
            return ("code an asyncio.Runner ran", "the Runner closed")
        case .session, nil:
            return nil
        }
    }

    private static func finding(for event: Event, taskID: Int64, scope: Facts.Scope, what: (maker: String, end: String),
                                children: Int, facts: Facts) -> Finding {
        let task = facts.tasks[taskID]
        let endedNs = task?.end?.ns ?? facts.lifetime(of: taskID)?.endNs
        let laterTests = facts.tests(ofProcess: task?.processID, between: scope.endNs ?? event.ts ?? 0,
                                     and: task?.end?.ns ?? endedNs)
        let ending = howItEnded(taskID, facts)
        let through = laterTests.isEmpty ? "" : laterTests.count == 1
            ? "; it ran on through the next test" : "; it ran on through \(laterTests.count) later tests"
        let started = children == 0 ? "" : children == 1
            ? " (with a task it started)" : " (with \(children) tasks it started)"
        var finding = facts.taskFinding(description, event: event) { object in
            "\(object) made by \(what.maker) was still pending\(started) when \(what.end)\(through); \(ending)"
        }
        finding.test = facts.outermostTest(scope.testID).flatMap { facts.tests[$0]?.nodeid } ?? finding.test
        if !laterTests.isEmpty { finding.severity = .error }
        if scope.kind == .fixture, let site = facts.blamedFrame(scope.siteID) {
            finding.related.insert(RelatedLocation(role: "fixture \(scope.name ?? "?") defined", file: site.file,
                                                   line: site.line, function: site.function), at: 0)
        }
        if let inner = scope.testID, facts.outermostTest(inner) != inner, let nodeid = facts.tests[inner]?.nodeid {
            finding.related.append(RelatedLocation(role: "made in the inner test", test: nodeid))
        }
        for test in laterTests.prefix(5) {
            finding.related.append(RelatedLocation(role: "still running during", test: facts.tests[test]?.nodeid))
        }
        return finding
    }

    /// How the task ended after its scope: who cancelled it and whether it caught the CancelledError.
    private static func howItEnded(_ taskID: Int64, _ facts: Facts) -> String {
        let history = facts.histories[taskID]
        let cancel = facts.decisiveCancel(taskID)
        let by = cancel.map { canceller($0, facts) }
        guard let end = facts.tasks[taskID]?.end else {
            if history?.pendingAtClose != nil { return "its event loop closed with it still pending" }
            if history?.destroyedPending != nil { return "it was garbage-collected while still pending" }
            return "it was still pending when the process exited"
        }
        switch end.outcome {
        case .cancelled:
            return "then \(by ?? "it was cancelled")"
        case .result, .exception, nil:
            let finished = end.outcome == .exception ? "raised \(end.exception ?? "an exception")" : "returned"
            guard let by else { return "it \(finished) later, on its own" }
            let caught = history?.cancelSwallowed != nil || end.outcome == .result ? ", caught the CancelledError" : ""
            return "then \(by)\(caught) and \(finished)"
        }
    }

    /// "cancelled by pytest-asyncio's loop teardown", or by whom else the cancel's stack says.
    private static func canceller(_ cancel: Event, _ facts: Facts) -> String {
        let stack = cancel.siteID.flatMap { facts.sites[$0] }?.stack ?? ""
        if stack.contains("pytest_asyncio") { return "cancelled by pytest-asyncio's loop teardown" }
        if stack.contains("unittest/async_case.py") { return "cancelled by unittest's IsolatedAsyncioTestCase" }
        if stack.contains("anyio/") { return "cancelled by anyio's test runner" }
        if stack.contains("_cancel_all_tasks") {
            let byRun = stack.split(whereSeparator: \.isNewline).contains {
                $0.contains("asyncio/runners.py") && $0.hasSuffix(":run")
            }
            return byRun ? "cancelled by asyncio.run()'s shutdown" : "cancelled by asyncio.Runner.close()"
        }
        return "cancelled" + (facts.location(cancel.siteID).map { " at \($0)" } ?? "")
    }
}
