import AsyncTraceKit
import Foundation

/// Traces of the example programs, each recorded once per test process with the real `asynctrace record`
/// and python3, however many tests ask for it.
enum Recordings {
    private static let traces = OnceEach<String>()

    /// The trace of `examples/<example>`, recording it on first use; at the recorder's default level, or at
    /// `level` (ASYNCTRACE_LEVEL).
    static func trace(of example: String, level: String? = nil) throws -> String {
        try traces.value(for: [example, level].compactMap { $0 }.joined(separator: " ")) { try record(example, level) }
    }

    /// The recorder's hang threshold for the examples: their hangs last 1.5 s before a timeout ends them.
    static let hangMs = "300"

    /// Whether python3, which records the examples, is older than 3.12: there a cross-loop await of a Future
    /// is seen through the Future itself, which names where it was made; from 3.12 on, through the error.
    static let python3Before312: Bool = {
        let python = URL(fileURLWithPath: "/usr/bin/env")
        let result = try? runCommand(python.path, ["python3", "-c", "import sys; print(sys.version_info < (3, 12))"],
                                     in: Checkout.root)
        return result?.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "True"
    }()

    private static func record(_ example: String, _ level: String?) throws -> String {
        let trace = Checkout.scratchFile(example.replacingOccurrences(of: ".py", with: level.map { "-\($0).db" } ?? ".db"))
        var environment = ["ASYNCTRACE_HANG_MS": hangMs]
        environment["ASYNCTRACE_LEVEL"] = level
        let result = try asynctrace(["record", "-o", trace, "--", "python3", Checkout.example(example)],
                                    environment: environment)
        guard result.stderr.contains("trace written to") else {
            throw RecordingFailed(example: example, stderr: result.stderr)
        }
        return trace
    }

    /// A pytest run with one test that leaks a task whose name is markup, one that forgets an await, and a
    /// clean one, recorded once.
    static let pytestRun = Result { () throws -> String in
        let directory = Checkout.scratchFile("report")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try """
            import asyncio

            async def wait_forever():
                await asyncio.sleep(3600)

            async def save():
                await asyncio.sleep(0)

            def test_leaks_a_task_named_like_markup():
                loop = asyncio.new_event_loop()
                async def main():
                    loop.create_task(wait_forever(), name="\(markupName)")
                    await asyncio.sleep(0.01)
                loop.run_until_complete(main())
                loop.close()

            def test_forgets_await():
                async def main():
                    save()
                asyncio.run(main())

            def test_clean():
                async def main():
                    await asyncio.gather(*(save() for _ in range(5)))
                asyncio.run(main())
            """.write(toFile: "\(directory)/test_report.py", atomically: true, encoding: .utf8)
        let trace = "\(directory)/trace.db"
        let record = try asynctrace(["record", "-o", trace, "--", "python3", "-m", "pytest", "-q",
                                     "-p", "no:cacheprovider", "test_report.py"], in: directory)
        guard record.status == 0 else { throw RecordingFailed(example: "test_report.py", stderr: record.stdout) }
        return trace
    }

    /// A task name that a page which inserted names as HTML would run as a script.
    static let markupName = "<script>document.title='pwned'</script><img src=x onerror=alert(1)>"

    /// The findings `asynctrace analyze --format json` reports for `trace`, run from the checkout.
    static func findings(in trace: String, rules: [String] = []) throws -> [Finding] {
        let result = try asynctrace(["analyze", trace, "--format", "json"] + rules.flatMap { ["--rule", $0] })
        guard result.status == 0 || result.status == 1 else {
            throw RecordingFailed(example: trace, stderr: result.stderr)
        }
        return try JSONDecoder().decode([Finding].self, from: Data(result.stdout.utf8))
    }
}

struct RecordingFailed: Error, CustomStringConvertible {
    var example: String
    var stderr: String
    var description: String { "recording or analysing \(example) failed: \(stderr)" }
}
