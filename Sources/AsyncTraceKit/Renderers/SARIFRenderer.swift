import Foundation

/// Findings as SARIF 2.1.0, the format code-scanning services read: one rule per catalogue entry with its
/// help text, one result per finding. Paths under the project root are relative to %SRCROOT%; others are
/// absolute file URIs.
public enum SARIFRenderer {
    public static func render(_ findings: [Finding], rules: [Rule] = Rule.all, root: ProjectRoot) throws -> String {
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let log = Log(runs: [Run(
            tool: Tool(driver: Driver(rules: rules.map(ReportingDescriptor.init))),
            originalUriBaseIds: ["%SRCROOT%": ArtifactLocation(uri: URL(fileURLWithPath: root.prefix,
                                                                         isDirectory: true).absoluteString)],
            results: findings.map { Result($0, ruleIndex: ruleIndex[$0.rule]) })])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(log), as: UTF8.self) + "\n"
    }

    struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }

    struct Run: Encodable {
        var tool: Tool
        var originalUriBaseIds: [String: ArtifactLocation]
        var results: [Result]
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        let name = "asynctrace"
        var rules: [ReportingDescriptor]
    }

    struct Message: Encodable {
        var text: String
        var markdown: String?
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var helpUri: String?
        var defaultConfiguration: [String: String]

        init(_ rule: Rule) {
            let rule = rule.description
            id = rule.id
            // SARIF names are identifiers: leaked-coroutine -> LeakedCoroutine.
            name = rule.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            shortDescription = Message(text: rule.title)
            fullDescription = Message(text: rule.summary)
            let references = rule.references.map { "- [\($0.title)](\($0.url))" }.joined(separator: "\n")
            help = Message(text: "\(rule.why)\n\nFix: \(rule.fix)",
                           markdown: "\(rule.why)\n\n**Fix:** \(rule.fix)\n\n\(references)")
            helpUri = rule.references.first?.url
            defaultConfiguration = ["level": Level(rule.severity).rawValue]
        }
    }

    enum Level: String, Encodable {
        case error, warning
        init(_ severity: Severity) { self = severity == .error ? .error : .warning }
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?

        /// A recorded path: relative ones (under the project root) against %SRCROOT%.
        init(path: String) {
            if path.hasPrefix("/") {
                uri = URL(fileURLWithPath: path).absoluteString
            } else {
                uri = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
                uriBaseId = "%SRCROOT%"
            }
        }

        init(uri: String) { self.uri = uri }
    }

    struct Location: Encodable {
        struct Physical: Encodable {
            var artifactLocation: ArtifactLocation
            var region: [String: Int64]?
        }
        struct Logical: Encodable {
            var name: String
            let kind = "function"
        }
        var physicalLocation: Physical
        var logicalLocations: [Logical]?

        init(file: String, line: Int64?, function: String?) {
            physicalLocation = Physical(artifactLocation: ArtifactLocation(path: file),
                                        region: line.flatMap { $0 > 0 ? ["startLine": $0] : nil })
            logicalLocations = function.map { [Logical(name: $0)] }
        }
    }

    struct Stack: Encodable {
        struct Frame: Encodable { var location: Location }
        var message: Message
        var frames: [Frame]
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: Level
        var message: Message
        var locations: [Location]
        var stacks: [Stack]?
        var properties: [String: String]

        init(_ finding: Finding, ruleIndex: Int?) {
            ruleId = finding.rule
            self.ruleIndex = ruleIndex
            level = Level(finding.severity)
            message = Message(text: finding.message)
            locations = finding.file.map { [Location(file: $0, line: finding.line, function: finding.function)] } ?? []
            // "file:line:function" entries, innermost first, as the recorder writes them.
            let frames = finding.stack.compactMap { entry -> Stack.Frame? in
                let parts = entry.split(separator: ":", omittingEmptySubsequences: false)
                guard parts.count >= 3, let line = Int64(parts[parts.count - 2]) else { return nil }
                return Stack.Frame(location: Location(file: parts.dropLast(2).joined(separator: ":"), line: line,
                                                      function: String(parts[parts.count - 1])))
            }
            stacks = frames.isEmpty ? nil : [Stack(message: Message(text: "the call stack at the blamed line"), frames: frames)]
            var properties: [String: String] = [:]
            properties["test"] = finding.test
            properties["object"] = finding.object
            properties["pid"] = finding.pid.map(String.init)
            properties["thread"] = finding.thread
            properties["task"] = finding.task.map(String.init)
            self.properties = properties
        }
    }
}
