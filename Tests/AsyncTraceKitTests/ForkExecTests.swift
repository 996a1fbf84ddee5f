import AsyncTraceKit
import Foundation
import Testing

/// Processes that end without closing their trace: a multiprocessing worker that Pool.terminate() kills
/// between tasks had written everything and leaves the trace complete; one killed in the middle of a task
/// does not.
@Suite struct ForkExecTests {
    static func analyzePool(_ name: String, program: String) throws -> CommandResult {
        let directory = Checkout.scratchFile(name)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try program.write(toFile: "\(directory)/app.py", atomically: true, encoding: .utf8)
        let trace = "\(directory)/trace.db"
        let recorded = try asynctrace(["record", "-o", trace, "--", "python3", "app.py"], in: directory)
        guard recorded.status == 0 else { throw RecordingFailed(example: "app.py", stderr: recorded.stderr) }
        return try asynctrace("analyze", trace)
    }

    /// `with Pool() as pool:` terminates its workers on the way out, idle and flushed: nothing was lost.
    @Test func workersTerminatedBetweenTasksLeaveTheTraceComplete() throws {
        let result = try Self.analyzePool("pool-idle", program: """
            import asyncio, multiprocessing

            async def work(n):
                await asyncio.sleep(0)
                return n

            def run(n):
                return asyncio.run(work(n))

            if __name__ == "__main__":
                with multiprocessing.get_context("fork").Pool(2) as pool:
                    print(pool.map(run, range(8)))
            """)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "No findings.\n")
        #expect(result.stderr == "")
    }

    /// A worker terminated while its loop still runs may have lost what it had not yet written.
    @Test func aWorkerTerminatedInTheMiddleOfATaskLeavesItIncomplete() throws {
        let result = try Self.analyzePool("pool-busy", program: """
            import asyncio, multiprocessing, time

            async def work():
                await asyncio.sleep(3600)

            def run(started):
                started.set()
                asyncio.run(work())

            if __name__ == "__main__":
                context = multiprocessing.get_context("fork")
                started = context.Manager().Event()
                with context.Pool(1) as pool:
                    pool.apply_async(run, (started,))
                    started.wait()
                    time.sleep(0.3)
            """)
        #expect(result.status == 3, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("trace incomplete: process ") && result.stderr.contains("never closed its trace"))
    }
}
