import Foundation

/// Findings as SARIF 2.1.0, the format code-scanning services read: one rule per catalogue entry with its
/// help text, one result per finding. Paths under the project root are relative to %SRCROOT%; others are
/// absolute file URIs.
public enum SARIFRenderer {
    public static func render(_ findings: [Finding], rules: [Rule] = Rule.all, gaps: [Gap] = [], root: ProjectRoot,
                              to output: OutputFile) throws {
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, Int64($0)) })
        var locations = Locations()
        let results = findings.lazy.map { result($0, ruleIndex: ruleIndex[$0.rule], locations: &locations) }
        let run = PrettyJSON.object([
            "tool": .object(["driver": .object(["name": .string("asynctrace"), "rules": .array(rules.map(descriptor))])]),
            "originalUriBaseIds": .object(["%SRCROOT%": .object([
                "uri": .string(URL(fileURLWithPath: root.prefix, isDirectory: true).absoluteString),
            ])]),
            // What the recorder did not see, as notifications of this run: a code-scanning service shows them
            // beside the results, which may be missing some.
            "invocations": .array([.object([
                "executionSuccessful": .bool(true),
                "toolExecutionNotifications": .array(gaps.flatMap { gap in gap.warnings.map { (gap, $0) } }.map { gap, warning in
                    .object(["level": .string("warning"), "message": .object(["text": .string(warning)]),
                             "descriptor": .object(["id": .string("trace-incomplete")]),
                             "properties": .object(["kind": .string(gap.kind), "source": .string(gap.source)])])
                }),
            ])]),
            "results": .elements(AnySequence(results)),
        ])
        try PrettyJSON.object([
            "$schema": .string("https://json.schemastore.org/sarif-2.1.0.json"),
            "version": .string("2.1.0"),
            "runs": .array([run]),
        ]).write(to: output)
        try output.write("\n")
    }

    static func level(_ severity: Severity) -> PrettyJSON { .string(severity == .error ? "error" : "warning") }

    static func descriptor(_ rule: Rule) -> PrettyJSON {
        let rule = rule.description
        let references = rule.references.map { "- [\($0.title)](\($0.url))" }.joined(separator: "\n")
        var descriptor: [String: PrettyJSON] = [
            "id": .string(rule.id),
            // SARIF names are identifiers: leaked-coroutine -> LeakedCoroutine.
            "name": .string(rule.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()),
            "shortDescription": .object(["text": .string(rule.title)]),
            "fullDescription": .object(["text": .string(rule.summary)]),
            "help": .object(["text": .string("\(rule.why)\n\nFix: \(rule.fix)"),
                             "markdown": .string("\(rule.why)\n\n**Fix:** \(rule.fix)\n\n\(references)")]),
            "defaultConfiguration": .object(["level": level(rule.severity)]),
        ]
        descriptor["helpUri"] = rule.references.first.map { .string($0.url) }
        return .object(descriptor)
    }

    /// Artifact locations by recorded path: a trace names few files, and Foundation's URL is slow to make.
    struct Locations {
        private var artifacts: [String: PrettyJSON] = [:]

        /// A recorded path: relative ones (under the project root) against %SRCROOT%.
        mutating func artifact(_ path: String) -> PrettyJSON {
            if let artifact = artifacts[path] { return artifact }
            let artifact: PrettyJSON = path.hasPrefix("/")
                ? .object(["uri": .string(URL(fileURLWithPath: path).absoluteString)])
                : .object(["uri": .string(path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path),
                           "uriBaseId": .string("%SRCROOT%")])
            artifacts[path] = artifact
            return artifact
        }

        mutating func location(file: String, line: Int64?, function: String?) -> PrettyJSON {
            var physical = ["artifactLocation": artifact(file)]
            physical["region"] = line.flatMap { $0 > 0 ? .object(["startLine": .number($0)]) : nil }
            var location = ["physicalLocation": PrettyJSON.object(physical)]
            location["logicalLocations"] = function.map {
                .array([.object(["name": .string($0), "kind": .string("function")])])
            }
            return .object(location)
        }
    }

    static func result(_ finding: Finding, ruleIndex: Int64?, locations: inout Locations) -> PrettyJSON {
        var result: [String: PrettyJSON] = [
            "ruleId": .string(finding.rule),
            "level": level(finding.severity),
            "message": .object(["text": .string(finding.message)]),
            "locations": .array(finding.file.map {
                [locations.location(file: $0, line: finding.line, function: finding.function)]
            } ?? []),
        ]
        result["ruleIndex"] = ruleIndex.map(PrettyJSON.number)
        // The finding's story: each place that has a file and is not the result's own location, with its
        // role as the message.
        let related = finding.related.enumerated().compactMap { index, place -> PrettyJSON? in
            guard let file = place.file, (file, place.line) != (finding.file ?? "", finding.line),
                  case .object(var location) = locations.location(file: file, line: place.line, function: place.function)
            else { return nil }
            location["id"] = .number(Int64(index))
            location["message"] = .object(["text": .string(place.text)])
            return .object(location)
        }
        if !related.isEmpty { result["relatedLocations"] = .array(related) }
        // The same story in the order it happened, each step a place: a code flow that viewers step through.
        func steps(_ places: [RelatedLocation]) -> [PrettyJSON] {
            places.compactMap { place -> PrettyJSON? in
                guard let file = place.file,
                      case .object(var location) = locations.location(file: file, line: place.line, function: place.function)
                else { return nil }
                location["message"] = .object(["text": .string(place.text)])
                return .object(["location": .object(location)])
            }
        }
        let chains = finding.awaitChains
        if !chains.isEmpty {
            // Tasks stuck on awaits (deadlock, stalled-await): a thread flow per task, its await chain innermost
            // first, the blamed task's first.
            let flows = chains.compactMap { chain -> PrettyJSON? in
                let located = steps(chain.steps)
                guard !located.isEmpty else { return nil }
                return .object(["id": .string(String(chain.task)), "message": .object(["text": .string(chain.steps[0].role)]),
                                "locations": .array(located)])
            }
            if !flows.isEmpty {
                result["codeFlows"] = .array([.object([
                    "message": .object(["text": .string(finding.message)]), "threadFlows": .array(flows),
                ])])
            }
        } else {
            let story = steps(finding.related)
            if story.count >= 2 {
                result["codeFlows"] = .array([.object([
                    "message": .object(["text": .string(finding.message)]),
                    "threadFlows": .array([.object(["locations": .array(story)])]),
                ])])
            }
        }
        // "file:line:function" entries, innermost first, as the recorder writes them.
        let frames = finding.stack.compactMap { entry -> PrettyJSON? in
            let parts = entry.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count >= 3, let line = Int64(parts[parts.count - 2]) else { return nil }
            return .object(["location": locations.location(file: parts.dropLast(2).joined(separator: ":"), line: line,
                                                           function: String(parts[parts.count - 1]))])
        }
        if !frames.isEmpty {
            result["stacks"] = .array([.object([
                "message": .object(["text": .string("the call stack at the blamed line")]),
                "frames": .array(frames),
            ])])
        }
        var properties: [String: PrettyJSON] = [:]
        properties["test"] = finding.test.map(PrettyJSON.string)
        properties["object"] = finding.object.map(PrettyJSON.string)
        properties["pid"] = finding.pid.map { .string(String($0)) }
        properties["thread"] = finding.thread.map(PrettyJSON.string)
        properties["task"] = finding.task.map { .string(String($0)) }
        properties["detail"] = finding.detail.map(PrettyJSON.string)
        if !finding.traces.isEmpty { properties["traces"] = .array(finding.traces.map(PrettyJSON.init)) }
        result["properties"] = .object(properties)
        return .object(result)
    }
}
