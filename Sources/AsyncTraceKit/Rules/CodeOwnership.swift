/// Whose code a file is: the program's, which findings blame, or a library's (the standard library and
/// asyncio, installed packages), which they only name. The trace records every frame with its path; this
/// is decided when the trace is read, so the same trace can be re-read with another project root.
///
/// A file is a library's when it lies in a Python installation's `lib/pythonX.Y/` (the standard library and
/// its site-packages), in any `site-packages` or `dist-packages` directory, or is frozen (`<frozen ...>`).
/// With a project root, only files under it are the program's; without one, every other file is.
public struct CodeOwnership: Sendable {
    /// The project's directory, ending with "/"; nil: every file outside the libraries is the program's.
    public let projectRoot: String?

    public init(projectRoot: String? = nil) {
        self.projectRoot = projectRoot.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    public func isProgram(_ file: String) -> Bool {
        guard !Self.isLibrary(file) else { return false }
        return projectRoot.map(file.hasPrefix) ?? true
    }

    static func isLibrary(_ file: String) -> Bool {
        if file.hasPrefix("<frozen") { return true }
        // Directory by directory, on the path's bytes: asked for every frame of every finding's stack.
        let parts = file.utf8.split(separator: UInt8(ascii: "/"))
        for (index, part) in parts.enumerated() {
            if part.elementsEqual("site-packages".utf8) || part.elementsEqual("dist-packages".utf8) { return true }
            if part.elementsEqual("lib".utf8), index + 2 < parts.count {
                let next = parts[index + 1]
                if next.starts(with: "python".utf8),
                   next.dropFirst(6).allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".") }) {
                    return true
                }
            }
        }
        return false
    }
}

extension Facts.Site {
    /// The stack's frames, innermost first.
    public var frames: [Facts.Frame] {
        (stack ?? "").split(whereSeparator: \.isNewline).compactMap(Facts.Frame.init)
    }
}

extension Facts {
    /// One "file:line:function" line of a site's stack.
    public struct Frame: Sendable, Hashable {
        public var file: String
        public var line: Int64?
        public var function: String

        init?(_ text: Substring) {
            guard let functionColon = text.lastIndex(of: ":") else { return nil }
            let head = text[..<functionColon]
            guard let lineColon = head.lastIndex(of: ":") else { return nil }
            file = String(head[..<lineColon])
            line = Int64(head[head.index(after: lineColon)...]).flatMap { $0 > 0 ? $0 : nil }
            function = String(text[text.index(after: functionColon)...])
        }

        init(file: String, line: Int64?, function: String) {
            (self.file, self.line, self.function) = (file, line, function)
        }
    }

    /// The line to blame for a site: the recorder's pick when it is the program's, else the program's
    /// nearest frame of its stack, else the recorder's pick all the same.
    public func blamedFrame(_ siteID: Int64?) -> Frame? {
        if let siteID, let frame = blamedFrames[siteID] { return frame }
        guard let site = siteID.flatMap({ sites[$0] }), let file = site.file else { return nil }
        let recorded = Frame(file: file, line: site.line.flatMap { $0 > 0 ? $0 : nil }, function: site.function ?? "")
        guard !ownership.isProgram(file) else { return recorded }
        return site.frames.first { ownership.isProgram($0.file) } ?? recorded
    }

    /// Whether a cancel() was the program's: whose code called it, the stack's first frame (asyncio's own
    /// TaskGroup and timeouts, a library's cancel scopes are not), or the site's own file when it has no
    /// stack. A request only observed later is not.
    public func isProgramCancel(_ event: Event) -> Bool {
        guard let site = event.siteID.flatMap({ sites[$0] }), let caller = site.frames.first?.file ?? site.file
        else { return false }
        return ownership.isProgram(caller)
    }
}
