@testable import AsyncTraceKit
import Foundation
import Testing

/// Lifetimes and the timeline layout on hand-made facts: process 1 (started at 0, exited at 1000) with loop
/// 20 (closed at 800) on thread 10.
@Suite struct TimelineTests {
    static func facts(_ tasks: [Int64: Facts.Task], events: [Event] = [], exited: Bool = true) -> Facts {
        var facts = Facts()
        facts.processes[1] = .init(pid: 4242, startNs: 0, endNs: exited ? 1000 : nil)
        facts.threads[10] = .init(name: "MainThread", processID: 1)
        facts.loops[20] = .init(processID: 1, threadID: 10)
        facts.tasks = tasks
        for task in tasks.values { facts.saw(task.createdNs, in: 1) }
        events.forEach { facts.record($0) }
        return facts
    }

    static func task(_ created: Int64, end: Int64? = nil, outcome: Facts.Task.Outcome = .result,
                     loop: Int64? = 20) -> Facts.Task {
        Facts.Task(processID: 1, loopID: loop, name: nil, coroQualname: nil, siteID: nil, threadID: 10, testID: nil,
                   createdNs: created, end: end.map { .init(ns: $0, outcome: outcome, exception: nil) })
    }

    @Test func aFinishedTaskEndsWhenItFinished() {
        let facts = Self.facts([1: Self.task(100, end: 300, outcome: .cancelled)])
        #expect(facts.lifetime(of: 1) == Lifetime(startNs: 100, endNs: 300, ending: .finished))
        #expect(facts.tasks[1]?.state == .cancelled)
    }

    @Test func aPendingTaskEndsAtTheFirstThingThatEndedIt() {
        let closing = Event(id: 1, ts: 800, kind: .loopClosed, processID: 1, loopID: 20)
        let collected = Event(id: 2, ts: 500, kind: .taskDestroyedPending, processID: 1, taskID: 1, arg: 0)
        #expect(Self.facts([1: Self.task(100)], events: [closing]).lifetime(of: 1)
            == Lifetime(startNs: 100, endNs: 800, ending: .loopClosed))
        #expect(Self.facts([1: Self.task(100)], events: [closing, collected]).lifetime(of: 1)
            == Lifetime(startNs: 100, endNs: 500, ending: .garbageCollected))
        // No loop close: the process's exit, else the last moment the trace saw of the process.
        #expect(Self.facts([1: Self.task(100, loop: nil)]).lifetime(of: 1)
            == Lifetime(startNs: 100, endNs: 1000, ending: .processExited))
        #expect(Self.facts([1: Self.task(100, loop: nil), 2: Self.task(700, loop: nil)], exited: false).lifetime(of: 1)
            == Lifetime(startNs: 100, endNs: 700, ending: .traceEnded))
        #expect(Self.facts([1: Self.task(100)]).tasks[1]?.state == .pending)
    }

    @Test func barsInARowNeverOverlap() {
        var tasks: [Int64: Facts.Task] = [:]
        for id in Int64(1)...200 { tasks[id] = Self.task(id * 7 % 300, end: id * 7 % 300 + id % 40) }
        let timeline = Timeline(Self.facts(tasks))
        #expect(timeline.lanes.count == 1)
        let rows = timeline.lanes[0].rows
        #expect(rows.joined().count == 200)
        for row in rows {
            for (a, b) in zip(row, row.dropFirst()) {
                #expect(a.lifetime.endNs <= b.lifetime.startNs)
            }
        }
        // Never more rows than tasks running at once.
        let concurrency = (0...400).map { t in tasks.values.count { $0.createdNs! <= t && t < $0.end!.ns! } }.max()!
        #expect(rows.count <= max(1, concurrency))
        #expect(Timeline(Self.facts(tasks), maxRows: 3).lanes[0].rows.count == 3)
    }

    @Test func lanesFollowProcessesThenThreadsThenLoops() {
        var facts = Self.facts([1: Self.task(0, end: 5), 2: Self.task(1, end: 5, loop: 21), 3: Self.task(2, loop: nil)])
        facts.loops[21] = .init(processID: 1, threadID: 10, runThreadID: 11)
        let lanes = Timeline(facts).lanes.map { [$0.threadID, $0.loopID] }
        #expect(lanes == [[10, 20], [11, 21], [nil, nil]])
    }

    @Test func jsonStringsCannotCloseAScriptElement() throws {
        let nasty = "</script><!-- \"quoted\" \\ & \u{2028}\u{2029} \u{1} tab\t é 😀"
        let quoted = JSONWriter.quoted(nasty)
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}", "\u{1}"] { #expect(!quoted.contains(forbidden)) }
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
        #expect(decoded == [nasty])
        #expect(JSONWriter.quoted("plain") == "\"plain\"")
    }
}
