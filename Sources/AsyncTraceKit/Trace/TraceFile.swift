import Foundation
import GRDB

/// Which file a new recording may replace: a trace of ours, or nothing. The same check as the recorder's
/// (`tools/python/src/asynctrace/_trace_file.py`), for `asynctrace record`.
public enum TraceFile {
    /// schema/trace.sql's `PRAGMA application_id` ("ATRC"), which marks a file as a trace.
    public static let applicationID: Int32 = 1_096_045_123

    /// Whether `path` is an empty regular file or an asynctrace trace of any version (traces written before
    /// the application id are known by their meta table). Reads without creating or changing any file.
    public static func holdsATraceOrNothing(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        if info.st_size == 0 { return true }
        // As Trace opens: immutable (no -shm made) unless a -wal file holds rows to replay.
        let hasWAL = FileManager.default.fileExists(atPath: path + "-wal")
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let database = try DatabaseQueue(path: hasWAL || !Trace.sqliteReadsURIs ? path : Trace.immutableURI(path),
                                             configuration: configuration)
            return try database.read { db in
                if try Int.fetchOne(db, sql: "PRAGMA page_count") == 0 { return true }
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                if id != 0 { return id == applicationID }
                let hasMeta = try Bool.fetchOne(db, sql: """
                    SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'meta'
                    """) ?? false
                return try hasMeta
                    && Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM meta WHERE key = 'recorder_version'") == true
            }
        } catch {
            return false  // not a SQLite database, or one SQLite cannot read: not ours to replace
        }
    }
}
