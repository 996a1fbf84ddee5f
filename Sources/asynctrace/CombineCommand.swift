import ArgumentParser
import AsyncTraceKit
import Foundation

struct CombineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "combine",
        abstract: "Write one trace holding every process of several (CI shards), for the commands that read one.",
        discussion: """
            Each trace is checked before anything is written, and each becomes a run of the new trace that \
            remembers the file it came from, its host and its CI job; ids are moved so that none collide. \
            OUTPUT is replaced only when it is a trace of ours (or an empty file); it is written whole, then \
            moved into place.

            Example: asynctrace combine -o all.db shards/ && asynctrace report all.db -o report.html
            """)

    @Option(name: [.short, .long], help: ArgumentHelp("The trace to write.", valueName: "file"))
    var output: String

    @OptionGroup var traces: TracesOptions

    func run() throws {
        let run = try traces.open()
        for trace in run.traces where sameFile(trace.path, output) {
            throw ValidationError("refusing to combine \(trace.path) into itself")
        }
        let old = open(output, O_RDONLY | O_CLOEXEC)
        if old >= 0 {
            defer { close(old) }
            guard flock(old, LOCK_EX | LOCK_NB) == 0 else {
                throw ValidationError("\(output) is being recorded by another process right now")
            }
            guard TraceFile.holdsATraceOrNothing(output) else {
                throw ValidationError("\(output) is not an asynctrace trace: not replacing it")
            }
        } else if errno != ENOENT {
            throw ValidationError("cannot write \(output): \(String(cString: strerror(errno)))")
        }
        // Written beside OUTPUT under a name of its own, then renamed over it: no reader ever sees half a trace.
        let directory = (output as NSString).deletingLastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.asynctrace-combine-\(getpid())-"
            + (output as NSString).lastPathComponent
        let made = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard made >= 0 else { throw ValidationError("cannot write \(temporary): \(String(cString: strerror(errno)))") }
        close(made)
        let processes: Int
        do {
            processes = try Trace.combine(run.traces, into: temporary)
            for stale in [output + "-wal", output + "-shm", output + "-journal"] where unlink(stale) != 0 && errno != ENOENT {
                throw ValidationError("cannot replace \(stale): \(String(cString: strerror(errno)))")
            }
            guard rename(temporary, output) == 0 else {
                throw ValidationError("cannot write \(output): \(String(cString: strerror(errno)))")
            }
        } catch {
            for file in [temporary, temporary + "-journal"] { unlink(file) }
            throw error
        }
        printNote("\(run.traces.count) trace\(run.traces.count == 1 ? "" : "s") combined into \(output): "
                  + "\(processes) process\(processes == 1 ? "" : "es")")
    }

    private func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        return stat(a, &first) == 0 && stat(b, &second) == 0 && first.st_dev == second.st_dev
            && first.st_ino == second.st_ino
    }
}
