import Foundation
import Testing

/// A recorded trace, cut short or with pages overwritten, read by every command in every format: findings,
/// or one error line and exit status 2; never a crash, a hang or a stack dump.
@Suite struct DamagedTraceTests {
    enum Damage: CaseIterable, CustomTestStringConvertible {
        case cutInHalf, cutInsideFirstPage, cutAfterFirstPage, cutOneByteShort
        case garbageInSchema, garbageInSecondPage, garbageInMiddlePage, garbageInLastPage, garbageAtSeveralOffsets

        var testDescription: String { "\(self)" }

        /// Whether no command can read anything: the schema on the first page is gone.
        var leavesNoSchema: Bool { [.cutInsideFirstPage, .garbageInSchema].contains(self) }

        func apply(to trace: String) throws {
            let size = try FileManager.default.attributesOfItem(atPath: trace)[.size] as? Int ?? 0
            let pages = size / 4096
            var random = SeededRandom(UInt64(testDescription.utf8.count))
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: trace))
            defer { try? handle.close() }
            func garbage(at offset: Int, count: Int) throws {
                try handle.seek(toOffset: UInt64(offset))
                try handle.write(contentsOf: Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }))
            }
            switch self {
            case .cutInHalf: try handle.truncate(atOffset: UInt64(size / 2))
            case .cutInsideFirstPage: try handle.truncate(atOffset: 1000)
            case .cutAfterFirstPage: try handle.truncate(atOffset: 4096)
            case .cutOneByteShort: try handle.truncate(atOffset: UInt64(size - 1))
            // Past the 100-byte file header, where sqlite_master's page starts.
            case .garbageInSchema: try garbage(at: 100, count: 400)
            case .garbageInSecondPage: try garbage(at: 4096, count: 4096)
            case .garbageInMiddlePage: try garbage(at: pages / 2 * 4096 + 512, count: 1024)
            case .garbageInLastPage: try garbage(at: (pages - 1) * 4096, count: 4096)
            case .garbageAtSeveralOffsets:
                for page in stride(from: 1, to: pages, by: 3) { try garbage(at: page * 4096 + 37 * page, count: 64) }
            }
        }
    }

    @Test(arguments: Damage.allCases)
    func everyReaderGivesFindingsOrOneErrorLine(_ damage: Damage) throws {
        let trace = Checkout.scratchFile("damaged.db")
        try FileManager.default.copyItem(atPath: try Recordings.trace(of: "all.py"), toPath: trace)
        try damage.apply(to: trace)
        for reader in traceReaders {
            let result = try read(trace, with: reader)
            #expect(result.brokenPromise == nil, "\(reader): \(result.brokenPromise ?? "")")
            if damage.leavesNoSchema { #expect(result.status == 2, "\(reader)") }
        }
    }
}
