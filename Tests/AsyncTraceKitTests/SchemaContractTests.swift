@testable import AsyncTraceKit
import Foundation
import GRDB
import Testing

/// The analyzer against schema/trace.sql, the contract it shares with the recorder: the version, the event
/// kinds it reads and the columns it needs are those the schema defines.
@Suite struct SchemaContractTests {
    static let schema: DatabaseQueue = {
        let database = try! DatabaseQueue()
        try! database.write { try $0.execute(sql: TraceFiles.schema) }
        return database
    }()

    @Test func theVersionIsTheSchemasOwn() throws {
        let version = try Self.schema.read { try Int64.fetchOne($0, sql: "PRAGMA user_version") }
        #expect(version == Trace.supportedVersion)
    }

    /// Each kind the analyzer reads has the schema's id under the schema's name (loopRunStart is
    /// loop_run_start).
    @Test func everyEventKindIsTheSchemas() throws {
        let kinds = try Self.schema.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, name FROM event_kinds").map {
                (row: Row) -> (Int64, String) in (row[0], row[1])
            })
        }
        for kind in Event.Kind.allCases {
            let snake = "\(kind)".reduce(into: "") { name, character in
                name += character.isUppercase ? "_" + character.lowercased() : String(character)
            }
            #expect(kinds[kind.rawValue] == snake, "\(kind) = \(kind.rawValue)")
        }
    }

    @Test func everyColumnTheAnalyzerReadsIsInTheSchema() throws {
        try Self.schema.read { db in
            for (table, columns) in Trace.requiredColumns {
                let present = Set(try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table]))
                #expect(!present.isEmpty, "no table \(table)")
                for column in columns { #expect(present.contains(column), "\(table).\(column)") }
            }
        }
    }

    /// The wait kinds the analyzer knows are those schema/trace.sql lists for waits.kind, and the snapshot
    /// reasons those it documents above the snapshots table.
    @Test func everyWaitKindAndSnapshotReasonIsTheSchemas() throws {
        let lines = TraceFiles.schema.split(separator: "\n").map(String.init)
        let waits = try #require(lines.firstIndex { $0.hasPrefix("CREATE TABLE IF NOT EXISTS waits") })
        let kind = try #require(lines[waits...].firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("kind ") })
        // The comment of the kind column and its continuation lines: "name (what it is) | name | ...".
        let comment = lines[kind...].prefix { $0 == lines[kind] || $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }
            .compactMap { $0.components(separatedBy: "-- ").dropFirst().first }.joined(separator: " ")
        let kinds = comment.split(separator: "|").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(Set(kinds) == Set(Facts.Wait.Kind.allCases.map(\.rawValue)))
        let snapshots = try #require(lines.firstIndex { $0.hasPrefix("CREATE TABLE IF NOT EXISTS snapshots") })
        // "-- no_progress    the loop had ...", each on a line of its own; continuation lines are indented.
        let reasons = lines[..<snapshots].reversed().prefix { $0.hasPrefix("--") }.filter { !$0.hasPrefix("--  ") }
            .compactMap { $0.dropFirst(3).split(separator: " ").first.map(String.init) }
            .filter { $0.allSatisfy { $0.isLowercase || $0 == "_" } }
        #expect(Set(reasons) == Set(Facts.Snapshot.Reason.allCases.map(\.rawValue)))
    }
}
