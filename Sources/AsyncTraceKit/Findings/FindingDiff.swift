/// The findings of a change (HEAD) against those of its base, matched as a `Baseline` matches them: by rule,
/// file, function and coroutine, never by line, each match used once.
public struct FindingDiff: Sendable {
    /// In HEAD and not in the base: what a pull request gate fails on.
    public var new: [Finding]
    /// In the base and no longer in HEAD.
    public var fixed: [Finding]
    /// HEAD's findings that the base had too.
    public var present: [Finding]

    public init(base: [Finding], head: [Finding]) {
        new = Baseline(base).filter(head).new
        fixed = Baseline(head).filter(base).new
        var unmatched = Dictionary(new.map { ($0, 1) }, uniquingKeysWith: +)
        present = head.filter { finding in
            guard let left = unmatched[finding], left > 0 else { return true }
            unmatched[finding] = left - 1
            return false
        }
    }
}

extension TextRenderer {
    /// Each part under its title and count, a finding a line as `analyze` writes them, with its rule.
    public static func render(_ diff: FindingDiff, base: String, head: String) -> String {
        [("New in \(head)", diff.new), ("Fixed since \(base)", diff.fixed), ("Still present", diff.present)]
            .map { title, findings in
                "\(title): \(findings.isEmpty ? "none" : String(findings.count))\n"
                    + findings.map { "  \($0.rule): \(line($0).terminalSafe)\n" }.joined()
            }.joined()
    }
}

extension JSONRenderer {
    /// {"fixed": [...], "new": [...], "present": [...]}, each finding as `analyze --format json` writes it.
    public static func render(_ diff: FindingDiff, to output: OutputFile) throws {
        var json = PrettyJSON.Writer(output: output)
        try json.object { json in
            for (key, findings): (StaticString, [Finding]) in [("fixed", diff.fixed), ("new", diff.new),
                                                              ("present", diff.present)] {
                try json.key(key)
                try json.array(findings) { try $0.finding($1) }
            }
        }
        try json.flush()
        try output.write("\n")
    }
}
