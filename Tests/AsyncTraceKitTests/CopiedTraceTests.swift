import Foundation
import Testing

/// A trace copied without its -wal file while its recording ran (a CI step uploading it early, say): every
/// command says in one line that the data stayed in the -wal file, with exit status 2, never that the file is
/// no trace.
@Suite struct CopiedTraceTests {
    @Test func aTraceCopiedWithoutItsWALSaysWhereItsDataIs() throws {
        let directory = Checkout.scratchFile("copied")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try """
            import asyncio, os, shutil

            async def main():
                await asyncio.gather(*(asyncio.sleep(0) for _ in range(10)))
                shutil.copyfile(os.environ["ASYNCTRACE_DB"], "copy.db")  # the -wal file left behind

            asyncio.run(main())
            """.write(toFile: "\(directory)/app.py", atomically: true, encoding: .utf8)
        let record = try asynctrace(["record", "-o", "trace.db", "--", "python3", "app.py"], in: directory)
        #expect(record.status == 0, "\(record.stderr)")
        let copy = "\(directory)/copy.db"
        let expected = "asynctrace: error: \(copy) has no data of its own: a recording keeps its data in the -wal "
            + "file (\(copy)-wal) until it closes the trace, and that file is missing (copied without it, while "
            + "recording or after a crash); copy the trace with its -wal file, or once the recording has ended\n"
        for reader in traceReaders {
            let result = try read(copy, with: reader)
            #expect((result.status, result.stderr) == (2, expected), "\(reader)")
        }
        #expect(try asynctrace("analyze", "\(directory)/trace.db").status == 0)
    }
}
