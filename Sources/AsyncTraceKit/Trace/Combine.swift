import Foundation
import GRDB

/// `asynctrace combine`: one trace holding every process of several (CI shards), as coverage.py's combine
/// does. Each trace's runs, processes and ids move past those of the traces before it: a process id by the
/// number of processes already combined, every `(process << 32) | serial` id by that number shifted left 32
/// bits, so no two collide and `id >> 32` is still the process. Each run remembers the trace it came from.
extension Trace {
    /// Writes the traces, in order, into a new trace at `destination` (a file that must not exist), and
    /// returns how many processes it holds. The traces are read-only here, as everywhere.
    public static func combine(_ traces: [Trace], into destination: String) throws -> Int {
        let database = try DatabaseQueue(path: destination)
        defer { try? database.close() }
        var processes = 0
        try database.writeWithoutTransaction { db in
            db.add(function: movedIDs)
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
            for (index, trace) in traces.enumerated() {
                try db.execute(sql: "ATTACH DATABASE ? AS source", arguments: [trace.location])
                try db.inTransaction {
                    if index == 0 { try copySchema(db) }
                    try append(db, from: trace.path)
                    return .commit
                }
                try db.execute(sql: "DETACH DATABASE source")
            }
            processes = try Int.fetchOne(db, sql: "SELECT count(*) FROM processes") ?? 0
        }
        return processes
    }

    /// The first trace's tables, indexes, application id and version (all traces were checked to have this
    /// asynctrace's version).
    private static func copySchema(_ db: Database) throws {
        let statements = try String.fetchAll(db, sql: """
            SELECT sql FROM source.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid
            """)
        for statement in statements { try db.execute(sql: statement) }
        let application = try Int32.fetchOne(db, sql: "PRAGMA source.application_id") ?? 0
        try db.execute(sql: "PRAGMA application_id = \(application)")
        try db.execute(sql: "PRAGMA user_version = \(Trace.supportedVersion)")
    }

    /// The source's rows, moved past the processes and runs already combined.
    private static func append(_ db: Database, from path: String) throws {
        let processes = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM main.processes") ?? 0
        let runs = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM main.runs") ?? 0
        let shift = processes << 32
        // An id column: moved with its process; 0 and NULL (none) stay as they are.
        func id(_ column: String) -> String { "CASE WHEN \(column) > 0 THEN \(column) + \(shift) ELSE \(column) END" }
        let process = "process_id + \(processes)"
        let crossLoopAwait = Event.Kind.crossLoopAwait.rawValue
        try db.execute(sql: """
            INSERT OR IGNORE INTO main.meta SELECT key, value FROM source.meta;
            INSERT OR IGNORE INTO main.event_kinds SELECT id, name, description FROM source.event_kinds;
            INSERT INTO main.runs (id, host, ci_job, start_wall_ns, argv, source)
                SELECT id + \(runs), host, ci_job, start_wall_ns, argv, coalesce(source, ?) FROM source.runs;
            INSERT INTO main.processes (id, pid, parent_pid, argv, executable, python_version, implementation,
                                        start_wall_ns, start_mono_ns, end_mono_ns, run_id, level)
                SELECT id + \(processes), pid, parent_pid, argv, executable, python_version, implementation,
                       start_wall_ns, start_mono_ns, end_mono_ns, run_id + \(runs), level FROM source.processes;
            INSERT INTO main.threads (id, process_id, ident, native_id, name)
                SELECT \(id("id")), \(process), ident, native_id, name FROM source.threads;
            INSERT INTO main.tests (id, process_id, nodeid, outcome, start_ns, end_ns)
                SELECT \(id("id")), \(process), nodeid, outcome, start_ns, end_ns FROM source.tests;
            INSERT INTO main.sites (id, file, line, function, stack)
                SELECT \(id("id")), file, line, function, stack FROM source.sites;
            INSERT INTO main.loops (id, process_id, class_name, thread_id, site_id, test_id, created_ns)
                SELECT \(id("id")), \(process), class_name, \(id("thread_id")), \(id("site_id")), \(id("test_id")),
                       created_ns FROM source.loops;
            INSERT INTO main.tasks (id, process_id, loop_id, parent_task_id, name, coro_qualname, site_id, thread_id,
                                    test_id, created_ns, ended_ns, outcome, exception)
                SELECT \(id("id")), \(process), \(id("loop_id")), \(id("parent_task_id")), name, coro_qualname,
                       \(id("site_id")), \(id("thread_id")), \(id("test_id")), created_ns, ended_ns, outcome, exception
                FROM source.tasks;
            INSERT INTO main.task_sites (site_id, scheduled_site_id)
                SELECT \(id("site_id")), \(id("scheduled_site_id")) FROM source.task_sites;
            INSERT INTO main.task_ends (task_id, ts, outcome, exception)
                SELECT \(id("task_id")), ts, outcome, exception FROM source.task_ends;
            INSERT INTO main.task_counts (process_id, loop_id, site_id, test_id, tasks)
                SELECT \(process), \(id("loop_id")), \(id("site_id")), \(id("test_id")), tasks FROM source.task_counts;
            INSERT INTO main.gaps (process_id, ts, kind, source, message, test_id)
                SELECT \(process), ts, kind, source, message, \(id("test_id")) FROM source.gaps ORDER BY id;
            INSERT INTO main.hooks (process_id, name, mechanism, versions, status, rules, detail)
                SELECT \(process), name, mechanism, versions, status, rules, detail FROM source.hooks;
            INSERT INTO main.scopes (id, end_id, ready_id, process_id, parent_id, kind, name, detail, test_id, loop_id,
                                     thread_id, site_id, start_ns, end_ns)
                SELECT \(id("id")), \(id("end_id")), \(id("ready_id")), \(process), \(id("parent_id")), kind, name,
                       detail, \(id("test_id")), \(id("loop_id")), \(id("thread_id")), \(id("site_id")), start_ns,
                       end_ns FROM source.scopes;
            INSERT INTO main.snapshots (id, process_id, loop_id, thread_id, test_id, ts, reason, detail, scope_id,
                                        hang_ms, idle_since_ns, ready, timers, next_timer_ns, io, executor_jobs,
                                        other_threads)
                SELECT \(id("id")), \(process), \(id("loop_id")), \(id("thread_id")), \(id("test_id")), ts, reason,
                       detail, \(id("scope_id")), hang_ms, idle_since_ns, ready, timers, next_timer_ns, io,
                       executor_jobs, other_threads FROM source.snapshots;
            INSERT INTO main.waits (snapshot_id, task_id, site_id, kind, on_tasks, on_site_id, deadline_ns, since_ns,
                                    detail)
                SELECT \(id("snapshot_id")), \(id("task_id")), \(id("site_id")), kind,
                       asynctrace_moved_ids(on_tasks, \(shift)), \(id("on_site_id")), deadline_ns, since_ns, detail
                FROM source.waits;
            INSERT INTO main.events (ts, kind, process_id, thread_id, loop_id, task_id, test_id, site_id, ref_id, arg,
                                     detail)
                SELECT ts, kind, \(process), \(id("thread_id")), \(id("loop_id")), \(id("task_id")), \(id("test_id")),
                       \(id("site_id")), \(id("ref_id")),
                       CASE WHEN kind = \(crossLoopAwait) THEN \(id("arg")) ELSE arg END, detail
                FROM source.events ORDER BY id;
            """, arguments: [path])
    }

    /// waits.on_tasks, space-separated task ids, each moved by the shift given.
    private static let movedIDs = DatabaseFunction("asynctrace_moved_ids", argumentCount: 2, pure: true) { values in
        guard let text = String.fromDatabaseValue(values[0]) else { return nil }
        let shift = Int64.fromDatabaseValue(values[1]) ?? 0
        return text.split(separator: " ").map { id in Int64(id).map { String($0 + shift) } ?? String(id) }
            .joined(separator: " ")
    }
}
