@testable import AsyncTraceKit
import Foundation
import Testing

/// `analyze` reads only what the rules need (`Trace.findingFacts`): the same findings as from every fact
/// of the trace, from far fewer rows.
@Suite struct FindingFactsTests {
    static let examples = ["all.py"] + Rule.all.flatMap {
        [$0.description.triggeringExample, $0.description.nonTriggeringExample]
    }

    @Test(arguments: examples)
    func theLeanReadFindsWhatTheFullReadFinds(_ example: String) throws {
        let trace = try Trace(path: try Recordings.trace(of: example))
        #expect(try trace.hasEvidenceIndex())
        let findings = Rule.findings(in: try trace.findingFacts())
        #expect(findings == Rule.findings(in: try trace.facts()))
        // A trace without the recorder's index on kind (an older recorder's) is scanned, to the same end.
        let scanned = try Trace(path: try TraceFiles.copy(trace.path, then: Self.dropIndex))
        #expect(try !scanned.hasEvidenceIndex())
        #expect(Rule.findings(in: try scanned.findingFacts()) == findings)
    }

    static let dropIndex = "DROP INDEX events_by_kind;"

    /// Task-scoped events in every order the rules distinguish: a cancel before and after the close, two
    /// cancels, renames before and after, a swallowed cancel whose request came later; a kind that is not a
    /// whole number and a task id that is not a number, which name nothing.
    static let orderings = TraceFiles.basics + """
        INSERT INTO sites (id, file, line, function) VALUES (100, '/src/a.py', 3, 'f'), (101, '/src/b.py', 9, 'g');
        INSERT INTO tasks (id, process_id, loop_id, name, coro_qualname, site_id, thread_id, created_ns)
            VALUES (1, 1, 20, 'a', 'fa', 100, 10, 1), (2, 1, 20, 'b', 'fb', 100, 10, 2),
                   (3, 1, 20, 'c', 'fc', 100, 10, 3), (4, 1, 20, 'd', 'fd', 100, 10, 4),
                   (5, 1, 20, 'e', 'fe', 100, 10, 5), (6, 1, 20, 'f', 'ff', 100, 10, 6);
        INSERT INTO events (id, ts, kind, process_id, thread_id, loop_id, task_id, site_id, arg, detail) VALUES
            (1, 10, 18, 1, 10, 20, 1, NULL, NULL, 'early name'),
            (2, 11, 12, 1, 10, 20, 1, 101, 0, NULL),
            (3, 12, 12, 1, 10, 20, 1, 100, 0, NULL),
            (4, 13, 13, 1, 10, 20, 1, NULL, 0, 'a'),
            (5, 14, 18, 1, 10, 20, 1, NULL, NULL, 'late name'),
            (6, 15, 13, 1, 10, 20, 2, NULL, 0, 'b'),
            (7, 16, 12, 1, 10, 20, 2, 101, 0, NULL),
            (8, 17, 16, 1, 10, 20, 3, NULL, NULL, NULL),
            (9, 18, 12, 1, 10, 20, 3, 101, 0, NULL),
            (10, 19, 12, 1, 10, 20, 4, 101, 0, NULL),
            (11, 20, 14, 1, 10, 20, 4, NULL, 0, 'd'),
            (12, 21, 14.5, 1, 10, 20, 5, NULL, 0, 'e'),
            (13, 22, 12, 1, 10, 20, 6, 101, 0, NULL),
            (14, 23, 17, 1, 10, 20, 6, NULL, 0, 'f'),
            (15, 24, 18, 1, 10, 20, 2, NULL, NULL, NULL),
            (16, 25, 20, 1, 10, NULL, NULL, 100, 1, 'save'),
            (17, 26, 13, 1, 10, 20, 'x5', NULL, 0, 'e');
        """

    @Test(arguments: ["", dropIndex])
    func taskEventsInAnyOrderGiveTheSameFindings(_ index: String) throws {
        let trace = try Trace(path: try TraceFiles.make(Self.orderings + index))
        let findings = Rule.findings(in: try trace.findingFacts())
        #expect(findings == Rule.findings(in: try trace.facts()))
        #expect(findings.map(\.rule) == Array(repeating: "cancelled-unfinished", count: 4)
            + ["leaked-coroutine", "pending-at-close"])
        #expect(findings.first { $0.task == 1 }?.object == "late name (fa)")
        #expect(findings.first { $0.task == 1 }?.message.contains("/src/b.py:9") == true)
    }

    /// Ids spread over millions: the pass reads the events in eight parts side by side, a task's cancel in one
    /// part and its close in another.
    @Test func eventsReadInPartsGiveTheSameFindings() throws {
        let trace = try Trace(path: try TraceFiles.make(Self.orderings + "UPDATE events SET id = id * 200003;"
                                                         + Self.dropIndex))
        let findings = Rule.findings(in: try trace.findingFacts())
        #expect(findings == Rule.findings(in: try trace.facts()))
        #expect(findings == Rule.findings(in: try Trace(path: try TraceFiles.make(Self.orderings)).findingFacts()))
    }

    @Test func aHundredThousandFindingsFromEitherRead() throws {
        let trace = try Trace(path: try AnalyzeFormatTests.hundredThousandFindings.get())
        let findings = Rule.findings(in: try trace.findingFacts())
        #expect(findings.count == 100_000)
        #expect(findings == Rule.findings(in: try trace.facts()))
    }

    @Test(arguments: ["", dropIndex])
    func onlyTheTasksOfFindingsAreRead(_ index: String) throws {
        // A thousand tasks that finish, each cancelled on the way, and one left pending at close.
        let finished = (2...1001).map { "(\($0), 1, 20, 'ok', 'fine', NULL, 10, \($0))" }.joined(separator: ", ")
        let cancels = (2...1001).map { "(\($0), \($0), 12, 1, \($0), 0)" }.joined(separator: ", ")
        let trace = try Trace(path: try TraceFiles.make(TraceFiles.basics + """
            INSERT INTO tasks (id, process_id, loop_id, name, coro_qualname, site_id, thread_id, created_ns)
                VALUES (1, 1, 20, 'poller', 'poll', NULL, 10, 1), \(finished);
            INSERT INTO events (id, ts, kind, process_id, task_id, arg) VALUES \(cancels);
            INSERT INTO events (id, ts, kind, process_id, loop_id, task_id, arg) VALUES (5000, 5000, 13, 1, 20, 1, 0);
            \(index)
            """))
        let facts = try trace.findingFacts()
        #expect(Array(facts.tasks.keys) == [1])
        #expect(Array(facts.histories.keys) == [1])
        #expect(Rule.findings(in: facts).map(\.object) == ["poller (poll)"])
        #expect(try trace.facts().tasks.count == 1001)
    }

    /// JUnit lists every test; so does a trace with a leaked coroutine, which may be a test's that ran before
    /// the one in which it was collected (as in this one).
    @Test func junitReadsEveryTest() throws {
        let trace = try Trace(path: try Recordings.pytestRun.get())
        let all = try trace.facts()
        #expect(try trace.findingFacts(allTests: true).tests.count == all.tests.count)
        #expect(try trace.findingFacts().tests.count == all.tests.count)
    }

    /// Two snapshots of loop 20, each with two waits: the lean read holds them whole, and the tasks, sites
    /// and tests they name (the task a Lock's holder is, where the Lock was made), as the full read does.
    static let snapshots = TraceFiles.basics + """
        INSERT INTO tests (id, process_id, nodeid, start_ns) VALUES (30, 1, 't::hang', 1);
        INSERT INTO sites (id, file, line, function, stack) VALUES
            (100, '/src/a.py', 3, 'f', '/src/a.py:3:f'), (101, '/src/a.py', 8, '<module>', NULL),
            (102, '/src/a.py', 15, 'transfer', '/lib/python3.11/asyncio/locks.py:114:acquire\n/src/a.py:15:transfer');
        INSERT INTO tasks (id, process_id, loop_id, name, coro_qualname, site_id, thread_id, created_ns)
            VALUES (1, 1, 20, 'Task-1', 'transfer', 100, 10, 1), (2, 1, 20, 'Task-2', 'audit', 100, 10, 2),
                   (3, 1, 20, 'Task-3', 'other', 100, 10, 3);
        INSERT INTO snapshots (id, process_id, loop_id, thread_id, test_id, ts, reason, detail, hang_ms,
                               idle_since_ns, ready, timers, io, executor_jobs, other_threads)
            VALUES (40, 1, 20, 11, 30, 900, 'no_progress', NULL, 500, 300, 0, 0, 0, 0, 0),
                   (41, 1, 20, 10, 30, 950, 'signal', 'SIGTERM', 500, 300, 0, 0, 0, 0, 0);
        INSERT INTO waits (snapshot_id, task_id, site_id, kind, on_tasks, on_site_id, since_ns, detail) VALUES
            (40, 1, 102, 'lock', '2', 101, 200, 'Lock held by another task'),
            (40, 2, 102, 'lock', '1 x', 101, 200, 'Lock held by another task'),
            (41, 1, 102, 'lock', '2', 101, 200, 'Lock held by another task'),
            (41, 2, 102, 'sideways', NULL, NULL, NULL, NULL);
        """

    @Test func snapshotsAndWaitsAreReadWholeWithWhatTheyName() throws {
        let trace = try Trace(path: try TraceFiles.make(Self.snapshots))
        let lean = try trace.findingFacts(), full = try trace.facts()
        for facts in [lean, full] {
            #expect(facts.snapshots.keys.sorted() == [40, 41])
            #expect(facts.snapshots[41]?.reason == .signal && facts.snapshots[41]?.detail == "SIGTERM")
            #expect(facts.snapshots[40]?.idleSinceNs == 300 && facts.snapshots[40]?.timers == 0)
            #expect(facts.waits(in: 40).map(\.onTasks) == [[2], [1]])  // "x" names no task
            #expect(facts.waits(in: 41).map(\.kind) == [.lock, nil])  // a kind this analyzer does not know
            #expect(facts.tasks[1] != nil && facts.tasks[2] != nil)
            #expect(facts.sites[101]?.line == 8 && facts.sites[102]?.function == "transfer")
            #expect(facts.tests[30]?.nodeid == "t::hang")
            #expect(facts.threads[11]?.name == "worker")
        }
        #expect(lean.tasks[3] == nil)  // named by nothing a rule reads
        #expect(lean.lastWait(of: 1)?.snapshot.reason == .signal)
        #expect(lean.waitedOn(lean.waits(in: 40)[0]) == "Lock held by Task-2 (audit) (/src/a.py:8)")
    }
}
