import AsyncTraceKit
import Foundation
import Testing

/// The watchdog sees a blocked loop at some moment inside the long callback, so where it was stuck moves from
/// run to run; a blocking-callback finding is blamed on the step that called into the slow code, which does
/// not, and a baseline of one run holds for the others.
@Suite struct BlockingBaselineTests {
    /// One coroutine step that blocks in whichever function the argument names, one of them deep in a call
    /// chain (further below the coroutine than the recorder's usual stacks reach).
    static let program = """
        import asyncio, sys, time

        SLOW = sys.argv[1]

        def parse():
            time.sleep(0.3 if SLOW == "parse" else 0)

        def compress(depth=8):
            if depth:
                return compress(depth - 1)
            time.sleep(0.3 if SLOW == "compress" else 0)

        def checksum():
            time.sleep(0.3 if SLOW == "checksum" else 0)

        def prepare():
            parse()
            compress()
            checksum()

        async def main():
            prepare()
            await asyncio.sleep(0)

        asyncio.run(main())
        """

    @Test func oneBaselineHoldsWhereverTheStepWasSeenStuck() throws {
        let directory = Checkout.scratchFile("blocking")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Self.program.write(toFile: "\(directory)/app.py", atomically: true, encoding: .utf8)
        let stuckIn = ["parse", "compress", "checksum"]
        for function in stuckIn {
            let record = try asynctrace(["record", "-o", "\(function).db", "--", "python3", "app.py", function],
                                        in: directory)
            #expect(record.status == 0, "\(record.stderr)")
        }
        let findings = try stuckIn.map { function in
            let analyze = try asynctrace(["analyze", "\(function).db", "--format", "json"], in: directory)
            return try JSONDecoder().decode([Finding].self, from: Data(analyze.stdout.utf8))
        }
        #expect(findings.map { $0.map { "\($0.rule) \($0.file ?? "?"):\($0.line ?? 0) \($0.function ?? "?")" } }
            == Array(repeating: ["blocking-callback app.py:22 main"], count: 3))
        // Where it was seen stuck is still said.
        #expect(zip(findings, ["parse at app.py:6", "compress at app.py:11", "checksum at app.py:14"]).allSatisfy {
            $0.count == 1 && $0[0].message.contains("stuck in \($1);")
        })

        let baseline = try asynctrace(["baseline", "parse.db", "-o", "baseline.json"], in: directory)
        #expect(baseline.status == 0, "\(baseline.stderr)")
        for function in stuckIn {
            let gate = try asynctrace(["analyze", "\(function).db", "--baseline", "baseline.json"], in: directory)
            #expect((gate.status, gate.stdout) == (0, "No findings.\n"), "stuck in \(function): \(gate.stdout)")
        }
    }
}
