/// Findings for people: grouped by rule under its title and fix, then a one-line summary. What comes from the
/// trace is shown terminal-safe. Identical findings (same rule, file, line and message: a leak in a helper
/// that a thousand tests call) are one entry, the first one's, with how often and in how many more tests;
/// the machine formats keep one record per finding.
public enum TextRenderer {
    public static func render(_ findings: [Finding], gaps: [Gap] = []) -> String {
        guard !findings.isEmpty else {
            return gaps.isEmpty ? "No findings.\n"
                : "No findings in what was recorded, but the trace is incomplete (see the warnings).\n"
        }
        var text = ""
        var counts: [(rule: String, count: Int)] = []
        // Read from several traces (shards, a rerun, a matrix): each finding says which saw it.
        let severalTraces = Finding.fromSeveralTraces(findings)
        for entry in folded(findings) {
            let finding = entry.first
            if counts.last?.rule != finding.rule {
                if !counts.isEmpty { text += "\n" }
                counts.append((finding.rule, 0))
                text += heading(finding)
            }
            counts[counts.count - 1].count += entry.count
            text += "  " + line(finding).terminalSafe + entry.repetition + "\n"
            // A stuck task's await chain runs innermost first: each coroutine that awaited the step above it is
            // indented under it.
            for place in finding.related {
                let indent = place.role == RelatedLocation.awaited && place.task != nil ? "        " : "      "
                text += "\(indent)\(place.text.terminalSafe)\n"
            }
            if let detail = finding.detail { text += "      Python said: \(detail.terminalSafe)\n" }
            if severalTraces {
                text += "      seen in \(finding.seenIn.terminalSafe)\n"
            }
        }
        let noun = findings.count == 1 ? "finding" : "findings"
        let breakdown = counts.map { "\($0.count) \($0.rule)" }.joined(separator: ", ")
        return text + "\n\(findings.count) \(noun) (\(breakdown))\n"
    }

    /// Findings that read the same (same rule, file, line and message), as one entry each: the first
    /// finding, how many there are and in how many tests other than the first's.
    struct Entry {
        var first: Finding
        var count = 1
        var otherTests: Set<String> = []

        /// " (1000 times, in 11 more tests)" after the entry's line; nothing for a finding that is alone.
        var repetition: String {
            guard count > 1 else { return "" }
            let tests = otherTests.count
            let more = tests == 0 ? ""
                : first.test == nil ? ", also in \(tests) test\(tests == 1 ? "" : "s")"
                : ", in \(tests) more test\(tests == 1 ? "" : "s")"
            return " (\(count) times\(more))"
        }
    }

    /// The entries in the order of their first findings (findings come sorted by rule, so each rule's stay
    /// together).
    static func folded(_ findings: [Finding]) -> [Entry] {
        struct Key: Hashable {
            var rule: String, file: String?, line: Int64?, message: String
        }
        var entries: [Entry] = []
        var index: [Key: Int] = [:]
        for finding in findings {
            let key = Key(rule: finding.rule, file: finding.file, line: finding.line, message: finding.message)
            guard let at = index[key] else {
                index[key] = entries.count
                entries.append(Entry(first: finding))
                continue
            }
            entries[at].count += 1
            if let test = finding.test, test != entries[at].first.test { entries[at].otherTests.insert(test) }
        }
        return entries
    }

    static func heading(_ finding: Finding) -> String {
        guard let rule = Rule.named(finding.rule)?.description else {
            return "\(finding.rule) (\(finding.severity.rawValue))\n"
        }
        return "\(rule.id): \(rule.title) (\(rule.severity.rawValue))\n  fix: \(rule.fix)\n"
    }

    /// `file:line: function: message [test]`, leaving out what the trace does not know.
    static func line(_ finding: Finding) -> String {
        var location = finding.file ?? "<unknown file>"
        if let line = finding.line { location += ":\(line)" }
        let function = finding.function.map { "\($0): " } ?? ""
        let test = finding.test.map { " [\($0)]" } ?? ""
        return "\(location): \(function)\(finding.message)\(test)"
    }
}
