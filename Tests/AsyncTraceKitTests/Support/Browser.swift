import Foundation

/// Headless Chromium (Debian's `chromium` package), for tests that load a report as a person would.
enum Browser {
    static let names = ["chromium", "chromium-browser", "google-chrome"]

    /// The browser on PATH; a test that needs one fails without it rather than pass unseen.
    static func executable() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            for name in names where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return "\(directory)/\(name)"
            }
        }
        throw BrowserMissing()
    }

    /// What the page showed after its scripts ran: the serialized DOM and every console message.
    struct Page {
        var dom: String
        var console: [String]
    }

    /// Loads `url` and returns the DOM once scripts have run.
    static func load(_ url: String) throws -> Page {
        let result = try run(["--enable-logging=stderr", "--v=0", "--dump-dom", url])
        // Console messages arrive as `[pid:tid:time:INFO:CONSOLE:line] "message", source: url (line)`.
        let console = result.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return Page(dom: result.stdout, console: console)
    }

    /// Saves a PNG of `url` at `width` x `height` pixels.
    static func screenshot(_ url: String, to path: String, width: Int = 1400, height: Int = 1000) throws {
        _ = try run(["--screenshot=\(path)", "--window-size=\(width),\(height)", url])
    }

    private static func run(_ arguments: [String]) throws -> CommandResult {
        // A profile per run: two browsers sharing one refuse to start side by side.
        let profile = Checkout.scratchFile("chromium-profile")
        return try runCommand(try executable(), [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=\(profile)", "--virtual-time-budget=5000",
        ] + arguments, in: Checkout.scratch)
    }
}

struct BrowserMissing: Error, CustomStringConvertible {
    var description: String {
        "no headless browser found (looked for \(Browser.names.joined(separator: ", ")) on PATH); "
            + "install Debian's chromium package: apt-get install chromium"
    }
}
