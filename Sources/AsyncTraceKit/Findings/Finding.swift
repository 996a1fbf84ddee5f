/// How bad a finding is: errors are bugs; warnings are shutdown hygiene that may lose work.
public enum Severity: String, Sendable, Codable, Comparable {
    case error, warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
}

/// Another place in the story of a finding: where the task was created, where its loop was closed, who
/// cancelled it, where each loop came from.
public struct RelatedLocation: Sendable, Hashable, Codable {
    /// What happened there, e.g. "task created", "loop closed", "cancel() called".
    public var role: String
    public var file: String?
    public var line: Int64?
    public var function: String?
    /// The task concerned there (the canceller, say), its loop and thread, and the test running then.
    public var task: Int64?
    public var loop: Int64?
    public var thread: String?
    public var test: String?

    public init(role: String, file: String? = nil, line: Int64? = nil, function: String? = nil, task: Int64? = nil,
                loop: Int64? = nil, thread: String? = nil, test: String? = nil) {
        self.role = role
        self.file = file
        self.line = line
        self.function = function
        self.task = task
        self.loop = loop
        self.thread = thread
        self.test = test
    }

    /// "role at file:line (function)", leaving out what is not known.
    public var text: String {
        var text = role
        if let file { text += " at \(file)" + (line.map { ":\($0)" } ?? "") + (function.map { " (\($0))" } ?? "") }
        if let thread { text += " on thread \(thread)" }
        if let test { text += " [\(test)]" }
        return text
    }
}

/// One violation of a rule, with the code to blame and the trace facts that prove it.
public struct Finding: Sendable, Hashable, Codable {
    public var rule: String
    public var severity: Severity
    public var message: String
    /// The file to blame, as recorded (absolute) or as a renderer displays it.
    public var file: String?
    public var line: Int64?
    public var function: String?
    /// The coroutine or task concerned, e.g. "Task-2 (main.<locals>.worker)".
    public var object: String?
    /// The pytest node id of the test that was running, if any.
    public var test: String?
    public var pid: Int64?
    public var loop: Int64?
    public var thread: String?
    public var task: Int64?
    public var timestampNs: Int64?
    /// Innermost first, one "file:line:function" an entry.
    public var stack: [String]
    /// The other places of its story, in the order they happened where that is known.
    public var related: [RelatedLocation]
    /// What Python itself said about it, when it said something (an exception's text, say); never part of
    /// the message.
    public var detail: String?
    /// The traces it was seen in, with their Python and host; empty until a command reads them.
    public var traces: [TraceSource]

    public init(rule: String, severity: Severity, message: String, file: String? = nil, line: Int64? = nil,
                function: String? = nil, object: String? = nil, test: String? = nil, pid: Int64? = nil,
                loop: Int64? = nil, thread: String? = nil, task: Int64? = nil, timestampNs: Int64? = nil,
                stack: [String] = [], related: [RelatedLocation] = [], detail: String? = nil,
                traces: [TraceSource] = []) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.function = function
        self.object = object
        self.test = test
        self.pid = pid
        self.loop = loop
        self.thread = thread
        self.task = task
        self.timestampNs = timestampNs
        self.stack = stack
        self.related = related
        self.detail = detail
        self.traces = traces
    }

    enum CodingKeys: String, CodingKey {
        case rule, severity, message, file, line, function, object, test, pid, loop, thread, task
        case timestampNs = "timestamp_ns"
        case stack, related, detail, traces
    }

    // Absent facts are written as null, not left out, so every object has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(function, forKey: .function)
        try container.encode(object, forKey: .object)
        try container.encode(test, forKey: .test)
        try container.encode(pid, forKey: .pid)
        try container.encode(loop, forKey: .loop)
        try container.encode(thread, forKey: .thread)
        try container.encode(task, forKey: .task)
        try container.encode(timestampNs, forKey: .timestampNs)
        try container.encode(stack, forKey: .stack)
        try container.encode(related, forKey: .related)
        try container.encode(detail, forKey: .detail)
        try container.encode(traces, forKey: .traces)
    }
}
