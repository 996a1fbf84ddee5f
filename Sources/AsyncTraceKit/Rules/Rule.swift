import Foundation

/// What a rule is, for people: the catalogue, the text renderer and docs/rules/<id>.md read this.
public struct RuleDescription: Sendable, Hashable {
    public struct Reference: Sendable, Hashable {
        public var title: String
        public var url: String
    }

    /// Stable identifier; never changes once released.
    public var id: String
    public var title: String
    public var severity: Severity
    /// What the rule reports and which line it blames.
    public var summary: String
    /// Why the pattern is a bug, one paragraph.
    public var why: String
    /// How to fix it, one line.
    public var fix: String
    /// File names in examples/: a program that triggers the rule, and the same program fixed.
    public var triggeringExample: String
    public var nonTriggeringExample: String
    public var references: [Reference]
}

/// A rule type: one per file in this folder, SwiftLint-style.
public protocol RuleDefinition: SendableMetatype {
    static var description: RuleDescription { get }
    /// The event kinds a finding of this rule rests on: `analyze` reads only these, and the cancel requests
    /// and renames of the tasks they name.
    static var evidence: Set<Event.Kind> { get }
    /// The rule's findings in `facts`, at most one per task.
    static func findings(in facts: Facts) -> [Finding]
}

/// A rule of the catalogue, as a value the CLI and the tests can pass around.
public struct Rule: Sendable, Identifiable {
    public let description: RuleDescription
    public let evidence: Set<Event.Kind>
    private let check: @Sendable (Facts) -> [Finding]

    init<Definition: RuleDefinition>(_: Definition.Type) {
        description = Definition.description
        evidence = Definition.evidence
        check = { Definition.findings(in: $0) }
    }

    public var id: String { description.id }

    /// Every rule, in catalogue order.
    public static let all: [Rule] = [
        Rule(LeakedCoroutine.self),
        Rule(PendingAtClose.self),
        Rule(TaskLeftRunning.self),
        Rule(TaskDestroyedPending.self),
        Rule(CancelledUnfinished.self),
        Rule(CrossLoopAwait.self),
        Rule(CrossThreadCall.self),
        Rule(ExceptionNeverRetrieved.self),
        Rule(BlockingCallback.self),
        Rule(ClosedLoopCall.self),
        Rule(AsyncgenNotClosed.self),
        Rule(TransportLeftOpen.self),
        Rule(Deadlock.self),
        Rule(StalledAwait.self),
    ]

    public static func named(_ id: String) -> Rule? { all.first { $0.id == id } }

    /// The findings of `rules` in `facts`, sorted (see `sorted`).
    /// `ownership` says which files are the program's (see CodeOwnership); `slowCallbackMs` is the shortest
    /// block of the loop reported.
    public static func findings(in facts: Facts, rules: [Rule] = all, ownership: CodeOwnership = CodeOwnership(),
                                slowCallbackMs: Int64 = 0) -> [Finding] {
        var facts = facts
        facts.ownership = ownership
        facts.slowCallbackMs = slowCallbackMs
        facts.blamedFrames = [:]  // worked out afresh under this ownership, not read from a memo of another
        facts.blamedFrames = facts.sites.keys.reduce(into: [:]) { frames, id in frames[id] = facts.blamedFrame(id) }
        facts.scopeOrder = facts.scopes.keys.sorted()
        facts.outermostTests = facts.outermostTestsByTest()
        facts.testTimelines = facts.testTimelinesByProcess()
        var findings = checked(rules, in: facts)
        // A task left running that then stayed pending at its loop's close, or was collected pending, is one
        // story: the task-left-running finding tells all of it.
        let leftRunning = Set(findings.lazy.filter { $0.rule == TaskLeftRunning.description.id }.compactMap(\.task))
        if !leftRunning.isEmpty {
            let retold: Set = [PendingAtClose.description.id, TaskDestroyedPending.description.id]
            findings.removeAll { retold.contains($0.rule) && $0.task.map(leftRunning.contains) == true }
        }
        // A stalled await of a task that a deadlock, or the finding about how the task was left behind, tells of
        // (with what it waited on) is that finding's story.
        let stalled = StalledAwait.description.id
        if findings.contains(where: { $0.rule == stalled }) {
            var told = Set<Int64>()
            for finding in findings where StalledAwait.toldBy.contains(finding.rule) {
                if let task = finding.task { told.insert(task) }
                if finding.rule == Deadlock.description.id {
                    told.formUnion(finding.related.lazy.filter(\.isAwaitStep).compactMap(\.task))
                }
            }
            findings.removeAll { $0.rule == stalled && $0.task.map(told.contains) == true }
        }
        return sorted(findings)
    }

    /// The findings of each of `rules`, checked side by side on every core: a rule only reads the facts, and a
    /// few rules take most of the time of a large trace.
    private static func checked(_ rules: [Rule], in facts: Facts) -> [Finding] {
        let results = RuleResults(count: rules.count)
        DispatchQueue.concurrentPerform(iterations: rules.count) { index in
            results[index] = rules[index].check(facts)
        }
        return (0..<rules.count).flatMap { results[$0] }
    }

    /// `findings` sorted by rule, file and line; then by time, task and message so that the order never
    /// depends on dictionary order.
    static func sorted(_ findings: [Finding]) -> [Finding] {
        // Numbers are sorted, not findings: a finding is a dozen fields to copy at every move, and strings are
        // slow to compare. A rule or a file stands for its rank among the distinct ones; a missing file sorts
        // as "", a missing number as 0.
        func ranks(_ texts: [String]) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: Set(texts).sorted().enumerated().map { ($1, $0) })
        }
        let rules = ranks(findings.map(\.rule)), files = ranks(findings.map { $0.file ?? "" })
        let keys = findings.enumerated().map { index, finding in
            (rule: rules[finding.rule] ?? 0, file: files[finding.file ?? ""] ?? 0, line: finding.line ?? 0,
             time: finding.timestampNs ?? 0, task: finding.task ?? 0, index: index)
        }
        return keys.sorted { a, b in
            let (first, second) = ((a.rule, a.file, a.line, a.time, a.task), (b.rule, b.file, b.line, b.time, b.task))
            return first != second ? first < second : findings[a.index].message < findings[b.index].message
        }.map { findings[$0.index] }
    }
}

/// Each rule's findings, set by the thread that checked it.
private final class RuleResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [[Finding]]

    init(count: Int) { results = Array(repeating: [], count: count) }

    subscript(index: Int) -> [Finding] {
        get { lock.withLock { results[index] } }
        set { lock.withLock { results[index] = newValue } }
    }
}
