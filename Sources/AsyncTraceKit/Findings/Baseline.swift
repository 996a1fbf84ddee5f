import Foundation

/// The findings a project has accepted for now, so that a gate fails only on new ones. A finding is matched
/// by rule, file, function and object, never by line (lines move with every edit); an object is matched by
/// its coroutine's qualified name, as task names ("Task-12") change from run to run. Each entry counts: two
/// accepted findings with one key let two through.
public struct Baseline: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Hashable {
        public var rule: String
        public var file: String?
        public var function: String?
        public var object: String?
        public var count: Int
    }

    public var version = 1
    public var findings: [Entry]

    /// The baseline of `findings` (relativize them first, so that the file travels with the project).
    public init(_ findings: [Finding]) {
        var counts: [Entry: Int] = [:]
        for finding in findings { counts[Self.key(finding), default: 0] += 1 }
        self.findings = counts.map { key, count in
            var entry = key
            entry.count = count
            return entry
        }.sorted { ($0.rule, $0.file ?? "", $0.function ?? "", $0.object ?? "") < ($1.rule, $1.file ?? "", $1.function ?? "", $1.object ?? "") }
    }

    /// `findings` without those the baseline accepts, and how many it accepted.
    public func filter(_ findings: [Finding]) -> (new: [Finding], baselined: Int) {
        var left = Dictionary(self.findings.map { entry -> (Entry, Int) in
            var key = entry
            key.count = 0
            return (key, entry.count)
        }, uniquingKeysWith: +)
        var new: [Finding] = []
        for finding in findings {
            let key = Self.key(finding)
            if let count = left[key], count > 0 { left[key] = count - 1 } else { new.append(finding) }
        }
        return (new, findings.count - new.count)
    }

    static func key(_ finding: Finding) -> Entry {
        Entry(rule: finding.rule, file: finding.file, function: finding.function,
              object: finding.object.map(Self.stableObject), count: 0)
    }

    /// "Task-12 (main.<locals>.poll)" -> "main.<locals>.poll"; other objects as they are.
    static func stableObject(_ object: String) -> String {
        guard object.hasSuffix(")"), let open = object.range(of: " (", options: .backwards) else { return object }
        return String(object[open.upperBound..<object.index(before: object.endIndex)])
    }
}
