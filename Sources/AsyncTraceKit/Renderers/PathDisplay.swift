import Foundation

extension Finding {
    /// The finding as a person in `directory` should see it: paths under that directory, in the file, the
    /// stack and the message (which may name a second place), become relative; others stay as recorded.
    public func relativized(to directory: String) -> Finding {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let relative = { (path: String) in path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path }
        var finding = self
        finding.file = file.map(relative)
        finding.stack = stack.map(relative)
        finding.message = message.replacingOccurrences(of: prefix, with: "")
        return finding
    }
}
