import GRDB
import GRDBSQLite

extension Trace {
    /// The tables `export` can write out.
    public enum Table: String, CaseIterable, Sendable {
        case runs, processes, threads, tests, sites, loops, tasks, taskEnds = "task_ends", taskCounts = "task_counts", gaps, hooks, events, scopes,
            snapshots, waits
    }

    /// Calls `header` with the column names of `table`, then `row` with each row in id order, every value
    /// as text: NULL as "", BLOB as hex. Errors thrown by the callbacks pass through unchanged.
    public func export(_ table: Table, header: ([String]) throws -> Void, row: ([String]) throws -> Void) throws {
        do {
            try database.read { db in
                // The name comes from `Table`, never from the command line as typed.
                let sql = "SELECT * FROM \(table.rawValue) ORDER BY rowid"
                try header(try db.cachedStatement(sql: sql).columnNames)
                try db.eachRow(sql) { columns in
                    let count = sqlite3_column_count(columns.statement)
                    try row((0..<count).map(columns.exported))
                }
            }
        } catch let error as DatabaseError {
            throw Self.traceError(error, path: path)
        }
    }
}

extension Columns {
    /// A value as `export` writes it: NULL as "", a number as Swift prints it, text whole (NULs included),
    /// bytes as lower-case hex.
    fileprivate func exported(_ index: Int32) -> String {
        switch type(index) {
        case SQLITE_NULL: return ""
        case SQLITE_INTEGER: return String(int64(index))
        case SQLITE_FLOAT: return String(double(index))
        case SQLITE_BLOB:
            guard let bytes = sqlite3_column_blob(statement, index) else { return "" }
            let count = Int(sqlite3_column_bytes(statement, index))
            let digits = Array("0123456789abcdef".utf8)
            var hex: [UInt8] = []
            hex.reserveCapacity(2 * count)
            for byte in UnsafeRawBufferPointer(start: bytes, count: count) {
                hex.append(digits[Int(byte >> 4)])
                hex.append(digits[Int(byte & 0xF)])
            }
            return String(decoding: hex, as: UTF8.self)
        default: return text(index) ?? ""
        }
    }
}
