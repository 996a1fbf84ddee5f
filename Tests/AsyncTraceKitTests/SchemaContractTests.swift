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
}
