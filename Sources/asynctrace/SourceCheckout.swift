import Foundation

/// The asynctrace source tree this binary belongs to, where the Python recorder and the example programs
/// live. `record` needs no pip install: it puts the recorder from here on PYTHONPATH.
enum SourceCheckout {
    /// Relative path of the directory that holds the recorder's `asynctrace` package.
    static let recorderSource = "tools/python/src"
    /// The file whose presence proves a directory is the recorder's source.
    static let recorderBoot = "asynctrace/_boot/sitecustomize.py"

    /// Candidate roots: the tree this file was compiled from, then every ancestor of the executable
    /// (.build/<triple>/debug/asynctrace sits three to four levels below the root).
    static var roots: [String] {
        var roots = [URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var directory = executable.deletingLastPathComponent()
            while directory.path != "/" {
                roots.append(directory.path)
                directory.deleteLastPathComponent()
            }
        }
        return roots
    }

    /// The directory to put on PYTHONPATH, from $ASYNCTRACE_RECORDER_PATH or the checkout.
    static func recorder() throws -> String {
        if let path = ProcessInfo.processInfo.environment["ASYNCTRACE_RECORDER_PATH"], !path.isEmpty {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            guard FileManager.default.fileExists(atPath: "\(absolute)/\(recorderBoot)") else {
                throw RecordError.recorderMissing(
                    "ASYNCTRACE_RECORDER_PATH=\(path) has no \(recorderBoot); it must name the directory "
                        + "that contains the asynctrace package")
            }
            return absolute
        }
        let sources = [installedPackageParent].compactMap { $0 } + roots.map { "\($0)/\(recorderSource)" }
        guard let source = sources.first(where: { FileManager.default.fileExists(atPath: "\($0)/\(recorderBoot)") })
        else {
            throw RecordError.recorderMissing(
                "cannot find the Python recorder (\(recorderSource)/\(recorderBoot)) next to this asynctrace; "
                    + "set ASYNCTRACE_RECORDER_PATH to the directory that contains the asynctrace package")
        }
        return source
    }

    /// Where a pip install keeps the recorder: the wheel ships this binary as `asynctrace/bin/asynctrace`
    /// inside the package itself, so the package's parent (site-packages) is three levels up. It comes
    /// before the source tree the binary was built from, which may have moved on or be another machine's.
    static var installedPackageParent: String? {
        Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    /// The examples/ directory, if this binary runs from a checkout that has one.
    static var examples: String? {
        roots.map { "\($0)/examples" }.first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
