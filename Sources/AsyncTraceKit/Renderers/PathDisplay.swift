import Foundation

/// The directory paths are shown relative to (the project root): a path under it loses that prefix, any
/// other path stays as recorded.
public struct ProjectRoot: Sendable {
    /// The directory, ending with "/".
    public let prefix: String

    public init(_ directory: String) {
        prefix = directory.hasSuffix("/") ? directory : directory + "/"
    }

    public func relative(_ path: String) -> String {
        path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}

extension Finding {
    /// The finding as a person at `root` should see it: paths under it, in the file, the stack and the
    /// message (which may name a second place), become relative; others stay as recorded.
    public func relativized(to root: ProjectRoot) -> Finding {
        var finding = self
        finding.file = file.map(root.relative)
        finding.stack = stack.map(root.relative)
        for index in finding.related.indices { finding.related[index].file = finding.related[index].file.map(root.relative) }
        finding.message = message.removing(root.prefix)
        finding.detail = detail?.removing(root.prefix)
        return finding
    }
}

extension String {
    /// Without any occurrence of `part`, compared byte by byte. Foundation's replacingOccurrences costs tens
    /// of microseconds a call, which a hundred thousand findings notice.
    fileprivate func removing(_ part: String) -> String {
        let bytes = Array(utf8), pattern = Array(part.utf8)
        guard let first = pattern.first else { return self }
        var kept: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == first, bytes[index...].starts(with: pattern) {
                index += pattern.count
            } else {
                kept.append(bytes[index])
                index += 1
            }
        }
        return kept.count == bytes.count ? self : String(decoding: kept, as: UTF8.self)
    }
}

extension Facts.Process {
    /// The command line on one line, arguments that need it quoted and paths under `root` relative;
    /// argv is recorded as a JSON array.
    public func commandLine(root: ProjectRoot? = nil) -> String? {
        guard let argv else { return nil }
        guard let words = try? JSONDecoder().decode([String].self, from: Data(argv.utf8)) else { return argv }
        return words.map { root?.relative($0) ?? $0 }.map { word in
            word.isEmpty || word.contains(where: { " \"'\\$`".contains($0) }) ? "'\(word)'" : word
        }.joined(separator: " ")
    }
}
