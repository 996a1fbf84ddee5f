import Foundation

/// Where a report goes: standard output or a file, written through a buffer.
public final class OutputFile {
    public let name: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []

    public static func standardOutput() -> OutputFile {
        OutputFile(descriptor: STDOUT_FILENO, name: "standard output")
    }

    /// Creates or truncates `path`.
    public static func create(_ path: String) throws -> OutputFile {
        let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError(name: path, reason: String(cString: strerror(errno))) }
        return OutputFile(descriptor: descriptor, name: path)
    }

    private init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    deinit {
        if descriptor != STDOUT_FILENO { Foundation.close(descriptor) }
    }

    public func write(_ text: String) throws {
        try write(text.utf8)
    }

    public func write(_ bytes: some Sequence<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes out what is buffered; an error says why the output is incomplete.
    public func flush() throws {
        var start = 0
        defer { buffer.removeAll(keepingCapacity: true) }
        while start < buffer.count {
            let written = buffer[start...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written >= 0 {
                start += written
            } else if errno != EINTR {
                throw OutputError(name: name, reason: String(cString: strerror(errno)))
            }
        }
    }
}

public struct OutputError: Error, CustomStringConvertible {
    public var name: String
    public var reason: String
    public var description: String { "cannot write \(name): \(reason)" }
}
