import Foundation
import GRDB

/// Hand-made traces: schema/trace.sql plus the given SQL, in a new file.
enum TraceFiles {
    static let schema = try! String(contentsOfFile: "\(Checkout.root)/schema/trace.sql", encoding: .utf8)

    /// One process (pid 4242) that closed its trace, a main thread and a loop, which most hand-made events
    /// refer to.
    static let basics = """
        INSERT INTO processes (id, pid, argv, python_version, implementation, start_wall_ns, start_mono_ns,
                               end_mono_ns)
            VALUES (1, 4242, '[]', '3.11.7', 'cpython', 0, 0, 0);
        INSERT INTO threads (id, process_id, ident, name) VALUES (10, 1, 1, 'MainThread'), (11, 1, 2, 'worker');
        INSERT INTO loops (id, process_id, class_name, thread_id, created_ns) VALUES (20, 1, 'Loop', 10, 0);
        """

    static func make(_ sql: String = basics, name: String = "trace.db") throws -> String {
        let path = Checkout.scratchFile(name)
        let database = try DatabaseQueue(path: path)
        try database.write { db in try db.execute(sql: schema + sql) }
        try database.close()
        return path
    }

    /// A copy of the trace at `path`, changed by `sql`.
    static func copy(_ path: String, then sql: String) throws -> String {
        let copy = Checkout.scratchFile(URL(fileURLWithPath: path).lastPathComponent)
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let database = try DatabaseQueue(path: copy)
        try database.write { db in try db.execute(sql: sql) }
        try database.close()
        return copy
    }
}
