import Foundation
import GRDB

/// A trace file opened for reading. This type owns the connection and is the only code that checks a file
/// is a trace this asynctrace understands; it never writes to the file.
public struct Trace: Sendable {
    /// The schema version (`PRAGMA user_version`) this asynctrace reads.
    public static let supportedVersion: Int64 = 7

    /// Tables and the columns the analyzer reads from them; a file lacking any is not a usable trace.
    static let requiredColumns: [String: [String]] = [
        "processes": ["id", "pid", "argv", "start_mono_ns", "end_mono_ns", "python_version", "run_id", "level"],
        "runs": ["id", "host", "ci_job", "start_wall_ns", "argv", "source"],
        "threads": ["id", "name", "process_id"],
        "tests": ["id", "nodeid", "process_id", "outcome", "start_ns", "end_ns"],
        "sites": ["id", "file", "line", "function", "stack"],
        "loops": ["id", "process_id", "thread_id", "class_name", "created_ns", "site_id"],
        "tasks": ["id", "process_id", "loop_id", "name", "coro_qualname", "site_id", "thread_id", "test_id",
                  "parent_task_id", "created_ns", "ended_ns", "outcome", "exception"],
        "task_sites": ["site_id", "scheduled_site_id"],
        "task_ends": ["task_id", "ts", "outcome", "exception"],
        "task_counts": ["process_id", "loop_id", "site_id", "test_id", "tasks"],
        "gaps": ["id", "process_id", "ts", "kind", "source", "message", "test_id"],
        "hooks": ["process_id", "name", "status", "rules", "detail"],
        "scopes": ["id", "end_id", "ready_id", "process_id", "parent_id", "kind", "name", "detail", "test_id", "loop_id",
                   "site_id", "start_ns", "end_ns"],
        "snapshots": ["id", "process_id", "loop_id", "thread_id", "test_id", "ts", "reason", "detail", "scope_id",
                      "hang_ms", "idle_since_ns", "ready", "timers", "next_timer_ns", "io", "executor_jobs",
                      "other_threads"],
        "waits": ["snapshot_id", "task_id", "site_id", "kind", "on_tasks", "on_site_id", "deadline_ns", "since_ns",
                  "detail"],
        "events": ["id", "ts", "kind", "process_id", "thread_id", "loop_id", "task_id", "test_id", "site_id",
                   "ref_id", "arg", "detail"],
    ]

    /// The path as the caller gave it, for messages.
    public let path: String
    let database: DatabaseQueue
    /// Whether the trace is complete: without a -wal file nobody writes it, so that two connections read
    /// the same rows.
    let isComplete: Bool
    /// What SQLite opens: the path, or an immutable URI for it.
    let location: String
    /// What the recorder did not see; empty for a complete trace. Every reader must say so (see `Gap`).
    public let gaps: [Gap]

    /// Opens `path` read-only and checks that it is a trace of a supported schema version.
    public init(path: String) throws(TraceError) {
        self.path = path
        let inWALMode = try Self.checkFile(path)
        // Without a -wal file the trace is complete and nobody writes it: immutable=1 makes SQLite skip
        // locking and never create a -shm file. A -wal file holds rows from a writer that did not close
        // (crashed or still running); only a normal read-only open replays it.
        isComplete = !FileManager.default.fileExists(atPath: path + "-wal")
        location = !isComplete || !Self.sqliteReadsURIs ? path : Self.immutableURI(path)
        database = try Self.connect(location, path: path)
        let (database, walMissing) = (database, isComplete && inWALMode)
        gaps = try Self.reading(database, path: path) { db in
            try Self.checkSchema(db, path: path, walMissing: walMissing)
            return try Self.readGaps(db)
        }
    }

    /// Gives SQLite's page cache for the trace back, once a command is done with it.
    public func releaseMemory() {
        database.releaseMemory()
    }

    /// Another connection to the trace, to read part of it in parallel.
    func connect() throws(TraceError) -> DatabaseQueue {
        try Self.connect(location, path: path)
    }

    private static func connect(_ location: String, path: String) throws(TraceError) -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "asynctrace.trace"
        do {
            return try DatabaseQueue(path: location, configuration: configuration)
        } catch {
            throw traceError(error, path: path)
        }
    }

    /// Runs `body` in one read transaction, turning SQLite failures into `TraceError`.
    func withDatabase<T>(_ body: (Database) throws -> T) throws(TraceError) -> T {
        try Self.reading(database, path: path, body)
    }

    private static func reading<T>(_ database: DatabaseQueue, path: String, _ body: (Database) throws -> T)
        throws(TraceError) -> T {
        do {
            return try database.read(body)
        } catch let error as TraceError {
            throw error
        } catch {
            throw traceError(error, path: path)
        }
    }

    /// Number of rows in the tables a summary mentions.
    public func counts() throws(TraceError) -> (processes: Int, tasks: Int, events: Int) {
        try withDatabase { db in
            let count = { (table: String) in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            return (try count("processes"), try count("tasks"), try count("events"))
        }
    }

    // MARK: Checks

    /// Classifies files that are not SQLite databases before SQLite sees them: SQLite would treat an
    /// empty file as an empty database and report other problems less precisely. Returns whether the
    /// database is in WAL mode, as every trace is.
    static func checkFile(_ path: String) throws(TraceError) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw errno == EACCES ? .permissionDenied(path: path) : .notFound(path: path)
        }
        if info.st_mode & S_IFMT == S_IFDIR { throw .isDirectory(path: path) }
        // Opening a FIFO would block; devices and sockets are not traces either.
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .notSQLite(path: path, reason: "it is not a regular file")
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let code = errno
            if code == EACCES { throw .permissionDenied(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        // The magic string, then at 18 and 19 the file format versions: 2 in WAL mode.
        var header = [UInt8](repeating: 0, count: 20)
        let count = read(descriptor, &header, header.count)
        if count < 0 { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        if count == 0 {
            // A writer that crashed before its first checkpoint can leave every page in the -wal file.
            if FileManager.default.fileExists(atPath: path + "-wal") { return true }
            throw .notSQLite(path: path, reason: "the file is empty")
        }
        guard count == header.count, header[..<16].elementsEqual("SQLite format 3\0".utf8) else {
            throw .notSQLite(path: path, reason: "the file is not a SQLite database")
        }
        return header[18] == 2 && header[19] == 2
    }

    /// `walMissing`: the file is in WAL mode and has no -wal file beside it.
    static func checkSchema(_ db: Database, path: String, walMissing: Bool) throws {
        let version = try Int64.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        var columns: [String: Set<String>] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT m.name, c.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c
            WHERE m.type = 'table'
            """)
        while let row = try rows.next() {
            if let table: String = row[0], let column: String = row[1] { columns[table, default: []].insert(column) }
        }
        // A recording writes its tables first to its -wal file, and into the trace file only when it closes
        // (or the log grows large): a copy made without the -wal file before then has no table at all.
        if columns.isEmpty, walMissing { throw TraceError.dataInMissingWAL(path: path) }
        if version == 0 {
            throw TraceError.notATrace(path: path, reason: columns["events"] == nil
                ? "it has no events table" : "its user_version is 0")
        }
        guard version == supportedVersion else { throw TraceError.unsupportedVersion(path: path, version: version) }
        for (table, required) in requiredColumns.sorted(by: { $0.key < $1.key }) {
            guard let present = columns[table] else {
                throw TraceError.notATrace(path: path, reason: "it has no \(table) table")
            }
            if let missing = required.first(where: { !present.contains($0) }) {
                throw TraceError.notATrace(path: path, reason: "table \(table) has no column \(missing)")
            }
        }
    }

    // MARK: Helpers

    /// Whether SQLite takes "file:" URIs as file names. GRDB opens without SQLITE_OPEN_URI, so this depends
    /// on SQLite being built with SQLITE_USE_URI (Debian's is); without it a trace opens plain read-only.
    static let sqliteReadsURIs = (try? DatabaseQueue().read { db in
        try Bool.fetchOne(db, sql: "SELECT sqlite_compileoption_used('USE_URI')")
    }) == true

    /// An SQLite URI for `path`; only %, ? and # have a meaning there that a file name must not take.
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var escaped = ""
        for character in absolute {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return "file://" + escaped + "?immutable=1"
    }

    static func traceError(_ error: any Error, path: String) -> TraceError {
        guard let error = error as? DatabaseError else {
            return .unreadable(path: path, reason: "\(error)".singleLine)
        }
        let reason = (error.message ?? "\(error.resultCode)").singleLine
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notSQLite(path: path, reason: reason)
        case .SQLITE_PERM, .SQLITE_AUTH: return .permissionDenied(path: path)
        default: return .unreadable(path: path, reason: reason)
        }
    }
}
