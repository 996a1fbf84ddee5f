import Foundation
import GRDB
import Testing

/// Seeded damage to a recorded trace, read by a rotation of every command and format: findings, or one error
/// line and exit status 2; never a signal, a stack dump or a hang. ASYNCTRACE_FUZZ_ITERATIONS sets how many
/// mutants (200 by default, about 10 s); ASYNCTRACE_FUZZ_SEED the first seed. A failure names the seed that
/// makes its mutant again.
@Suite struct FuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let iterations = environment["ASYNCTRACE_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 200
    static let firstSeed = environment["ASYNCTRACE_FUZZ_SEED"].flatMap(UInt64.init) ?? 1

    /// One kind of damage, drawn at random.
    enum Mutation: CustomStringConvertible {
        case flipBits(offsets: [Int])
        case overwritePage(page: Int, bytes: [UInt8])
        case truncate(size: Int)
        case zero(offset: Int, count: Int)
        /// UPDATE table SET column = value WHERE rowid % modulus = remainder, on a writable copy.
        case update(table: String, column: String, value: String, modulus: Int, remainder: Int)

        /// Values no recorder writes: NULL, text where numbers belong, bytes, extreme and negative numbers, and
        /// ids moved far apart (COLUMN stands for the column's own value).
        static let values = ["-COLUMN", "COLUMN - 9223372036854775000", "COLUMN + 9223372036854775000","NULL", "''", "'x'", "'12'", "'-7'", "X'00FF'", "X''", "zeroblob(5000)",
                             "CAST(X'FFFE41' AS TEXT)", "9223372036854775807", "-9223372036854775808", "-1", "0",
                             "4294967297", "1e308", "-1e308", "0.5", "-0.0", "replace(hex(zeroblob(20000)), '0', 'a')",
                             "char(0) || 'x'", "'=cmd|'' /C calc''!A0'", "'<script>'", "'a\nb\r\nc'"]

        static func random(size: Int, columns: [(table: String, column: String)],
                           using random: inout SeededRandom) -> Mutation {
            let pages = max(1, size / 4096)
            switch Int.random(in: 0..<10, using: &random) {
            case 0, 1:
                return .flipBits(offsets: (0..<Int.random(in: 1...20, using: &random)).map { _ in
                    Int.random(in: 0..<size * 8, using: &random)
                })
            case 2:
                let fill = [UInt8(0xFF), 0x00, nil].randomElement(using: &random)!
                return .overwritePage(page: Int.random(in: 0..<pages, using: &random), bytes: (0..<4096).map { _ in
                    fill ?? UInt8.random(in: 0...255, using: &random)
                })
            case 3:
                return .truncate(size: [Int.random(in: 0..<size, using: &random), size / 2, 4096 * Int.random(in: 1...pages,
                                        using: &random), Int.random(in: 16..<4096, using: &random)].randomElement(using: &random)!)
            case 4:
                let offset = Int.random(in: 0..<size, using: &random)
                return .zero(offset: offset, count: min(size - offset, Int.random(in: 1...8192, using: &random)))
            default:
                let (table, column) = columns.randomElement(using: &random)!
                let modulus = [1, 2, 3, 7].randomElement(using: &random)!
                return .update(table: table, column: column, value: values.randomElement(using: &random)!,
                               modulus: modulus, remainder: Int.random(in: 0..<modulus, using: &random))
            }
        }

        func apply(to trace: String) throws {
            switch self {
            case .update(let table, let column, let value, let modulus, let remainder):
                // A file damaged by an earlier mutation may not open; a NOT NULL column refuses NULL and an
                // INTEGER PRIMARY KEY what is not an integer: those mutants stay as they were.
                guard let database = try? DatabaseQueue(path: trace) else { return }
                defer { try? database.close() }
                try? database.write { db in
                    try db.execute(sql: """
                        UPDATE \(table) SET \(column) = \(value.replacingOccurrences(of: "COLUMN", with: column))
                        WHERE rowid % \(modulus) = \(remainder)
                        """)
                }
            default:
                var bytes = try Data(contentsOf: URL(fileURLWithPath: trace))
                switch self {
                case .flipBits(let offsets):
                    for offset in offsets where offset / 8 < bytes.count { bytes[offset / 8] ^= 1 << (offset % 8) }
                case .overwritePage(let page, let garbage):
                    let start = min(bytes.count, page * 4096)
                    bytes.replaceSubrange(start..<min(bytes.count, start + garbage.count), with: garbage)
                case .truncate(let size): bytes = bytes.prefix(size)
                case .zero(let offset, let count):
                    // An earlier mutation may have cut the file.
                    let range = min(bytes.count, offset)..<min(bytes.count, offset + count)
                    bytes.replaceSubrange(range, with: Data(count: range.count))
                case .update: break
                }
                try bytes.write(to: URL(fileURLWithPath: trace))
            }
        }

        var description: String {
            switch self {
            case .flipBits(let offsets): "\(offsets.count) bit flips"
            case .overwritePage(let page, let bytes): "page \(page + 1) overwritten with \(Set(bytes).count == 1 ? "0x\(String(bytes[0], radix: 16))" : "random bytes")"
            case .truncate(let size): "cut to \(size) bytes"
            case .zero(let offset, let count): "\(count) bytes zeroed at \(offset)"
            case .update(let table, let column, let value, let modulus, let remainder):
                "\(table).\(column) = \(value.prefix(40)) where rowid % \(modulus) = \(remainder)"
            }
        }
    }

    @Test func damagedTracesGiveFindingsOrOneErrorLine() throws {
        let original = try Recordings.trace(of: "all.py")
        let size = try FileManager.default.attributesOfItem(atPath: original)[.size] as? Int ?? 0
        let columns = try DatabaseQueue(path: original).read { db in
            try Row.fetchAll(db, sql: """
                SELECT m.name, c.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c
                WHERE m.type = 'table' AND m.name != 'event_kinds' ORDER BY m.name, c.cid
                """).map { (table: $0[0] as String, column: $0[1] as String) }
        }
        var statuses: [String: Int] = [:]
        for seed in Self.firstSeed..<Self.firstSeed + UInt64(Self.iterations) {
            var random = SeededRandom(seed)
            // Up to three kinds of damage on top of each other.
            let mutations = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                Mutation.random(size: size, columns: columns, using: &random)
            }
            let reader = traceReaders[Int(seed % UInt64(traceReaders.count))]
            let mutant = Checkout.scratchFile("mutant-\(seed).db")
            try FileManager.default.copyItem(atPath: original, toPath: mutant)
            for mutation in mutations { try mutation.apply(to: mutant) }
            let result = try read(mutant, with: reader)
            statuses[result.signal.map { "signal \($0)" } ?? (result.timedOut ? "timeout" : "exit \(result.status)"),
                     default: 0] += 1
            if let broken = result.brokenPromise {
                Issue.record("seed \(seed), \(mutations), \(reader.joined(separator: " ")): \(broken)")
            } else {
                try FileManager.default.removeItem(atPath: mutant)
            }
        }
        // For campaigns: ASYNCTRACE_FUZZ_ITERATIONS=5000 swift test --filter FuzzTests
        print("fuzz: \(Self.iterations) mutants from seed \(Self.firstSeed): "
              + statuses.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
    }
}
