import GRDB
import GRDBSQLite

/// Values read by index straight from SQLite, a row's columns or a function's arguments: a pass over millions
/// of rows cannot afford a value object per cell. Reads never trap, whatever a damaged trace holds.
protocol SQLiteValues {
    func type(_ index: Int32) -> Int32
    func int64(_ index: Int32) -> Int64
    func double(_ index: Int32) -> Double
    /// UTF-8, or nil; ask `byteCount` after it.
    func utf8(_ index: Int32) -> UnsafePointer<UInt8>?
    /// The length of the `utf8` just read, in bytes: text can hold NULs.
    func byteCount(_ index: Int32) -> Int32
}

extension SQLiteValues {
    /// A number that is not an integer is truncated; text or bytes where a number belongs read as NULL
    /// (SQLite would convert them to 0, a plausible id).
    func int(_ index: Int32) -> Int64? {
        switch type(index) {
        case SQLITE_INTEGER:
            return int64(index)
        case SQLITE_FLOAT:
            let number = double(index)
            return number.magnitude < 0x1p63 ? Int64(number) : nil
        default:
            return nil
        }
    }

    /// The value when it is a whole number, stored as an integer or as a real without a fraction: what SQL's
    /// `=` would match against an integer.
    func wholeNumber(_ index: Int32) -> Int64? {
        guard type(index) != SQLITE_FLOAT || double(index) == double(index).rounded(.towardZero) else { return nil }
        return int(index)
    }

    /// Text as UTF-8, NULs included (a NUL in a task name must not cut it short), invalid sequences
    /// replaced; numbers and bytes are read as text the same way.
    func text(_ index: Int32) -> String? {
        guard type(index) != SQLITE_NULL, let bytes = utf8(index) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(byteCount(index))), as: UTF8.self)
    }
}

/// The current row of a statement.
struct Columns: SQLiteValues {
    let statement: SQLiteStatement

    func type(_ index: Int32) -> Int32 { sqlite3_column_type(statement, index) }
    func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(statement, index) }
    func double(_ index: Int32) -> Double { sqlite3_column_double(statement, index) }
    func utf8(_ index: Int32) -> UnsafePointer<UInt8>? { sqlite3_column_text(statement, index) }
    func byteCount(_ index: Int32) -> Int32 { sqlite3_column_bytes(statement, index) }
}

/// The arguments SQLite passes to a function.
struct Arguments: SQLiteValues {
    let values: UnsafeMutablePointer<OpaquePointer?>

    func type(_ index: Int32) -> Int32 { sqlite3_value_type(values[Int(index)]) }
    func int64(_ index: Int32) -> Int64 { sqlite3_value_int64(values[Int(index)]) }
    func double(_ index: Int32) -> Double { sqlite3_value_double(values[Int(index)]) }
    func utf8(_ index: Int32) -> UnsafePointer<UInt8>? { sqlite3_value_text(values[Int(index)]) }
    func byteCount(_ index: Int32) -> Int32 { sqlite3_value_bytes(values[Int(index)]) }
}

extension Database {
    /// Calls `body` with each row of `sql`, bound to `arguments`. Steps SQLite directly: a pass over millions
    /// of rows cannot afford a row object and a closure chain per step.
    func eachRow(_ sql: String, arguments: StatementArguments = [], _ body: (Columns) throws -> Void) throws {
        try rows(sql, arguments: arguments, until: { try body($0); return false })
    }

    /// Calls `body` with each row of `sql` until it returns true.
    func rows(_ sql: String, arguments: StatementArguments = [], until body: (Columns) throws -> Bool) throws {
        let statement = try cachedStatement(sql: sql)
        try statement.setArguments(arguments)
        // A statement left mid-way or failed would refuse its next use.
        defer { sqlite3_reset(statement.sqliteStatement) }
        let columns = Columns(statement: statement.sqliteStatement)
        while true {
            switch sqlite3_step(statement.sqliteStatement) {
            case SQLITE_ROW: if try body(columns) { return }
            case SQLITE_DONE: return
            case let code: throw DatabaseError(resultCode: ResultCode(rawValue: code), message: lastErrorMessage, sql: sql)
            }
        }
    }

    /// Calls `body` with each row of `select` whose `key` column is one of `ids` (and that meets `condition`),
    /// a few hundred ids a query; `select` ends where a WHERE clause would begin. Sorted `ids` give the rows in
    /// id order.
    func eachRow(_ select: String, where condition: String? = nil, key: String, in ids: some Collection<Int64>,
                 _ body: (Columns) throws -> Void) throws {
        let batch = 500
        let condition = condition.map { "\($0) AND " } ?? ""
        var rest = ids[...]
        while !rest.isEmpty {
            let chunk = rest.prefix(batch)
            rest = rest.dropFirst(batch)
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            try eachRow("\(select) WHERE \(condition)\(key) IN (\(marks)) ORDER BY \(key)",
                        arguments: StatementArguments(Array(chunk)), body)
        }
    }

    /// Calls `body` with `columns` of each row of `from` (a FROM clause and its WHERE) in the order SQLite
    /// visits them, from inside SQLite: an aggregate function receives the values, so no row is returned.
    /// Returning a row and reading its columns cost as much again as finding it when millions qualify.
    func visitRows(_ columns: [String], _ from: String, _ body: (Arguments) -> Void) throws {
        final class Visitor {
            let body: (Arguments) -> Void
            init(_ body: @escaping (Arguments) -> Void) { self.body = body }
        }
        let name = "asynctrace_visit", arity = Int32(columns.count)
        try withoutActuallyEscaping(body) { body in
            let visitor = Visitor(body)
            // SQLite holds the visitor unretained and forgets it before this function returns.
            let code = sqlite3_create_function_v2(
                sqliteConnection, name, arity, SQLITE_UTF8, Unmanaged.passUnretained(visitor).toOpaque(), nil,
                { context, _, values in
                    guard let values, let visitor = sqlite3_user_data(context) else { return }
                    // Borrowed, not retained: a retain and a release per row cost a tenth of the pass.
                    Unmanaged<Visitor>.fromOpaque(visitor)._withUnsafeGuaranteedRef { $0.body(Arguments(values: values)) }
                },
                { _ in }, nil)
            guard code == SQLITE_OK else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: lastErrorMessage)
            }
            defer { sqlite3_create_function_v2(sqliteConnection, name, arity, SQLITE_UTF8, nil, nil, nil, nil, nil) }
            try eachRow("SELECT \(name)(\(columns.joined(separator: ", "))) \(from)") { _ in }
        }
    }
}
