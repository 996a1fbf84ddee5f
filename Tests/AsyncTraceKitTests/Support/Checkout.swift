import Foundation

/// Paths in the source tree and the build products the tests use.
enum Checkout {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static func example(_ name: String) -> String { "\(root)/examples/\(name)" }

    /// The asynctrace binary in the products directory, next to the test bundle (the test target depends on
    /// the executable target, so `swift test` has built it).
    static let binary: String = {
        let bundle = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL
            ?? Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return bundle.deletingLastPathComponent().appendingPathComponent("asynctrace").path
    }()

    /// A fresh directory for this test process's files.
    static let scratch: String = {
        let path = NSTemporaryDirectory() + "asynctrace-tests-\(getpid())"
        try? FileManager.default.removeItem(atPath: path)
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// A path in the scratch directory that no other test uses.
    static func scratchFile(_ name: String) -> String {
        "\(scratch)/\(UUID().uuidString.prefix(8))-\(name)"
    }
}
