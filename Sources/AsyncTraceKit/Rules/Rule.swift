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
    /// The rule's findings in `facts`, at most one per task.
    static func findings(in facts: Facts) -> [Finding]
}

/// A rule of the catalogue, as a value the CLI and the tests can pass around.
public struct Rule: Sendable, Identifiable {
    public let description: RuleDescription
    private let check: @Sendable (Facts) -> [Finding]

    init<Definition: RuleDefinition>(_: Definition.Type) {
        description = Definition.description
        check = { Definition.findings(in: $0) }
    }

    public var id: String { description.id }

    /// Every rule, in catalogue order.
    public static let all: [Rule] = [
        Rule(LeakedCoroutine.self),
        Rule(PendingAtClose.self),
        Rule(TaskDestroyedPending.self),
        Rule(CancelledUnfinished.self),
        Rule(CrossLoopAwait.self),
        Rule(CrossThreadCall.self),
        Rule(ExceptionNeverRetrieved.self),
    ]

    public static func named(_ id: String) -> Rule? { all.first { $0.id == id } }

    /// The findings of `rules` in `facts`, sorted by rule, file and line; then by time, task and message so
    /// that the order never depends on dictionary order.
    public static func findings(in facts: Facts, rules: [Rule] = all) -> [Finding] {
        rules.flatMap { $0.check(facts) }.sorted {
            if ($0.rule, $0.file ?? "", $0.line ?? 0) != ($1.rule, $1.file ?? "", $1.line ?? 0) {
                return ($0.rule, $0.file ?? "", $0.line ?? 0) < ($1.rule, $1.file ?? "", $1.line ?? 0)
            }
            return ($0.timestampNs ?? 0, $0.task ?? 0, $0.message) < ($1.timestampNs ?? 0, $1.task ?? 0, $1.message)
        }
    }
}
