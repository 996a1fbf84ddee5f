import AsyncTraceKit
import Foundation
import Testing

/// `asynctrace export --format perfetto`: Chrome trace-event JSON whose structure Perfetto accepts.
@Suite struct PerfettoTests {
    /// The JSON of every example program recorded into one trace.
    static func export() throws -> (path: String, events: [[String: Any]], trace: String) {
        let trace = try Recordings.trace(of: "all.py")
        let path = Checkout.scratchFile("trace.json")
        let result = try asynctrace("export", trace, "--format", "perfetto", "-o", path)
        guard result.status == 0 else { throw RecordingFailed(example: "all.py", stderr: result.stderr) }
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        return (path, (object as? [String: Any])?["traceEvents"] as? [[String: Any]] ?? [], trace)
    }

    struct Track: Hashable { var pid: Int; var tid: Int }

    static func track(_ event: [String: Any]) -> Track? {
        guard let pid = event["pid"] as? Int, let tid = event["tid"] as? Int else { return nil }
        return Track(pid: pid, tid: tid)
    }

    @Test func everyEventIsOnANamedTrackAndSlicesNest() throws {
        let events = try Self.export().events
        #expect(!events.isEmpty)
        let processes = Set(events.filter { $0["name"] as? String == "process_name" }.compactMap { $0["pid"] as? Int })
        let threads = Set(events.filter { $0["name"] as? String == "thread_name" }.compactMap(Self.track))
        var slices: [Track: [(start: Double, end: Double)]] = [:]
        var begun: [Track: Int] = [:]
        for event in events {
            let phase = try #require(event["ph"] as? String)
            #expect(["M", "X", "B", "E", "s", "f", "i"].contains(phase), "unexpected phase \(phase)")
            if phase == "M" || (phase == "i" && event["s"] as? String == "g") { continue }
            let pid = try #require(event["pid"] as? Int)
            #expect(processes.contains(pid), "pid \(pid) has no process_name")
            if phase == "i" && event["s"] as? String == "p" { continue }
            let track = try #require(Self.track(event), "\(phase) event without a tid")
            #expect(threads.contains(track), "pid \(pid) tid \(track.tid) has no thread_name")
            let ts = try #require(event["ts"] as? Double)
            switch phase {
            case "X": slices[track, default: []].append((ts, ts + (try #require(event["dur"] as? Double))))
            case "B": begun[track, default: 0] += 1
            case "E": begun[track, default: 0] -= 1
            default: break
            }
        }
        #expect(begun.values.allSatisfy { $0 == 0 }, "a B event has no E")
        // On one track, a slice either ends before the next starts or contains it.
        for (track, list) in slices {
            var open: [Double] = []
            for slice in list.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) {
                while let last = open.last, last <= slice.start { open.removeLast() }
                #expect(open.last.map { slice.end <= $0 } ?? true, "slices overlap on \(track)")
                open.append(slice.end)
            }
        }
    }

    @Test func slicesFlowsAndMarkersMatchTheTrace() throws {
        let (_, events, trace) = try Self.export()
        let facts = try Trace(path: trace).facts()
        let findings = Rule.findings(in: facts)
        let count = { (phase: String, category: String?) in
            events.count { $0["ph"] as? String == phase && (category == nil || $0["cat"] as? String == category) }
        }
        #expect(count("X", "task") == facts.tasks.count)
        let children = facts.tasks.values.count { $0.parentID.map { facts.tasks[$0] != nil } ?? false }
        #expect(count("s", "created") == children && count("f", "created") == children)
        let cancels = facts.histories.values.count { history in
            history.cancelRequest.flatMap(\.refID).map { facts.tasks[$0] != nil } ?? false
        }
        #expect(count("s", "cancelled") == cancels)
        #expect(count("i", "finding") == findings.count)
        #expect(Set(events.filter { $0["ph"] as? String == "i" }.compactMap { $0["name"] as? String })
            == Set(findings.map(\.rule)))
        // Each arrow starts and ends inside a slice of its track.
        var slices: [Track: [(Double, Double)]] = [:]
        for event in events where event["ph"] as? String == "X" {
            let ts = event["ts"] as? Double ?? 0
            slices[Self.track(event)!, default: []].append((ts, ts + (event["dur"] as? Double ?? 0)))
        }
        for event in events where ["s", "f"].contains(event["ph"] as? String) {
            let ts = event["ts"] as? Double ?? -1
            #expect(slices[Self.track(event)!]?.contains { $0.0 <= ts && ts <= $0.1 } == true)
        }
    }

    /// Perfetto's own importer, when the `perfetto` package from PyPI can start its trace_processor binary,
    /// which it downloads on first use.
    @Test func perfettosTraceProcessorImportsIt() throws {
        let (path, events, _) = try Self.export()
        let script = """
            import sys
            try:
                from perfetto.trace_processor import TraceProcessor
            except ImportError as error:
                print(f"the perfetto package is not installed ({error})"); sys.exit(3)
            try:
                processor = TraceProcessor(trace=sys.argv[1])
            except Exception as error:
                reason = str(error).splitlines()[-1] if str(error) else type(error).__name__
                print(f"perfetto's trace_processor cannot start here ({reason})"); sys.exit(3)
            slices = next(processor.query("select count(*) as n from slice")).n
            errors = [f"{row.name}={row.value}" for row in processor.query(
                "select name, value from stats where severity in ('error', 'data_losing') and value > 0")]
            print(slices, " ".join(errors))
            """
        let result = try runCommand("/usr/bin/env", ["python3", "-c", script, path], in: Checkout.scratch)
        if result.status == 3 {
            // The package prints its download attempt first; the script's reason is the last line.
            let reason = result.stdout.split(separator: "\n").last.map(String.init) ?? "no reason given"
            print("skipped: \(reason)")
            try Test.cancel(Comment(rawValue: reason))
        }
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let words = result.stdout.split(separator: " ")
        #expect(Int(words.first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
            == events.count { $0["ph"] as? String == "X" })
        #expect(words.count == 1, "trace_processor reported import errors: \(result.stdout)")
    }
}
