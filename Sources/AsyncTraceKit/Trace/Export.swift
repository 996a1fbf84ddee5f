import Foundation
import GRDB

extension Trace {
    /// The tables `export` can write out.
    public enum Table: String, CaseIterable, Sendable {
        case processes, threads, tests, sites, loops, tasks, taskEnds = "task_ends", events
    }

    /// Calls `header` with the column names of `table`, then `row` with each row in id order, every value
    /// as text: NULL as "", BLOB as hex. Errors thrown by the callbacks pass through unchanged.
    public func export(_ table: Table, header: ([String]) throws -> Void, row: ([String]) throws -> Void) throws {
        do {
            try database.read { db in
                let statement = try db.makeStatement(sql: "SELECT * FROM \(table.rawValue) ORDER BY rowid")
                try header(statement.columnNames)
                let rows = try Row.fetchCursor(statement)
                while let values = try rows.next() {
                    try row((0..<values.count).map { Self.text(values[$0] as DatabaseValue) })
                }
            }
        } catch let error as DatabaseError {
            throw Self.traceError(error, path: path)
        }
    }

    static func text(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: ""
        case .int64(let number): String(number)
        case .double(let number): String(number)
        case .string(let string): string
        case .blob(let data): data.map { String(format: "%02x", $0) }.joined()
        }
    }
}
