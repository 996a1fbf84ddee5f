import AsyncTraceKit
import Foundation

/// A spinner with the current stage on stderr, redrawn ten times a second while a long command works. Only
/// when stderr is a terminal: piped or redirected output never sees it. `finish()` erases it.
final class Progress: @unchecked Sendable {
    private static let frames = Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")
    private let lock = NSLock()
    private var stage = "opening the trace"
    private var fraction: Double?
    private var frame = 0
    private var timer: DispatchSourceTimer?

    init() {
        guard isatty(STDERR_FILENO) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb" else { return }
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + .milliseconds(100), repeating: .milliseconds(100))
        timer.setEventHandler { [weak self] in self?.draw() }
        self.timer = timer
        // The first frame at once, so that even a short command shows what it does.
        draw()
        timer.resume()
    }

    /// For `Trace.facts(progress:)`.
    func update(_ progress: ReadProgress) {
        lock.withLock {
            stage = progress.stage
            fraction = progress.total > 0 ? min(1, Double(progress.done) / Double(progress.total)) : nil
        }
    }

    /// A stage whose length is unknown.
    func stage(_ name: String) {
        lock.withLock {
            stage = name
            fraction = nil
        }
    }

    func finish() {
        lock.withLock {
            guard let timer else { return }
            timer.cancel()
            self.timer = nil
            write("\r\u{1B}[K")
        }
    }

    private func draw() {
        lock.withLock {
            guard timer != nil else { return }
            let spinner = Self.frames[frame % Self.frames.count]
            frame += 1
            let percent = fraction.map { " \(Int($0 * 100))%" } ?? ""
            write("\r\u{1B}[K\(spinner) \(stage)\(percent)")
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
