/// Findings for people: grouped by rule under its title and fix, then a one-line summary. What comes from the
/// trace is shown terminal-safe.
public enum TextRenderer {
    public static func render(_ findings: [Finding], gaps: [Gap] = []) -> String {
        guard !findings.isEmpty else {
            return gaps.isEmpty ? "No findings.\n"
                : "No findings in what was recorded, but the trace is incomplete (see the warnings).\n"
        }
        var text = ""
        var counts: [(rule: String, count: Int)] = []
        for finding in findings {
            if counts.last?.rule != finding.rule {
                if !counts.isEmpty { text += "\n" }
                counts.append((finding.rule, 0))
                text += heading(finding)
            }
            counts[counts.count - 1].count += 1
            text += "  " + line(finding).terminalSafe + "\n"
            for place in finding.related { text += "      \(place.text.terminalSafe)\n" }
            if let detail = finding.detail { text += "      Python said: \(detail.terminalSafe)\n" }
        }
        let noun = findings.count == 1 ? "finding" : "findings"
        let breakdown = counts.map { "\($0.count) \($0.rule)" }.joined(separator: ", ")
        return text + "\n\(findings.count) \(noun) (\(breakdown))\n"
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
