import AsyncTraceKit
import Foundation
import GRDB
import Testing

/// Files that are not readable traces: each is refused with one line on stderr and exit status 2.
@Suite struct TraceInputTests {
    enum BadInput: String, CaseIterable, CustomTestStringConvertible {
        case missing, directory, textFile, emptyFile, garbage, sqliteNotATrace, version0, version1, newerVersion,
             noTaskEnds, noSites, corrupt

        var testDescription: String { rawValue }

        /// Creates the bad file; returns its path and the error `Trace` must throw for it.
        func make() throws -> (String, TraceError) {
            let path = Checkout.scratchFile("\(rawValue).db")
            switch self {
            case .missing:
                return (path, .notFound(path: path))
            case .directory:
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
                return (path, .isDirectory(path: path))
            case .textFile:
                try "not a trace\n".write(toFile: path, atomically: false, encoding: .utf8)
                return (path, .notSQLite(path: path, reason: "the file is not a SQLite database"))
            case .emptyFile:
                try Data().write(to: URL(fileURLWithPath: path))
                return (path, .notSQLite(path: path, reason: "the file is empty"))
            case .garbage:
                try Data((0..<5000).map { UInt8($0 * 7 % 256) }).write(to: URL(fileURLWithPath: path))
                return (path, .notSQLite(path: path, reason: "the file is not a SQLite database"))
            case .sqliteNotATrace:
                let database = try DatabaseQueue(path: path)
                try database.write { try $0.execute(sql: "CREATE TABLE notes (text TEXT)") }
                try database.close()
                return (path, .notATrace(path: path, reason: "it has no events table"))
            case .version0:
                // Tables of a trace, but the version of a database nobody has versioned.
                let trace = try TraceFiles.make(TraceFiles.basics + "PRAGMA user_version = 0;")
                return (trace, .notATrace(path: trace, reason: "its user_version is 0"))
            case .noTaskEnds, .noSites:
                let table = self == .noTaskEnds ? "task_ends" : "sites"
                let trace = try TraceFiles.make(TraceFiles.basics + "DROP TABLE \(table);")
                return (trace, .notATrace(path: trace, reason: "it has no \(table) table"))
            case .version1, .newerVersion:
                // A trace of the first recorder, and one of a recorder newer than this analyzer.
                let version: Int64 = self == .version1 ? 1 : Trace.supportedVersion + 1
                let trace = try TraceFiles.make(TraceFiles.basics + "PRAGMA user_version = \(version);")
                return (trace, .unsupportedVersion(path: trace, version: version))
            case .corrupt:
                // Every page after the schema and meta pages: each command reads some of them.
                let trace = try TraceFiles.make()
                let size = try FileManager.default.attributesOfItem(atPath: trace)[.size] as? Int ?? 0
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: trace))
                try handle.seek(toOffset: 4096 * 2)
                try handle.write(contentsOf: Data(repeating: 0xFF, count: size - 4096 * 2))
                try handle.close()
                return (trace, .unreadable(path: trace, reason: "database disk image is malformed"))
            }
        }
    }

    @Test(arguments: BadInput.allCases)
    func traceRefusesBadInputWithItsOwnError(_ input: BadInput) throws {
        let (path, error) = try input.make()
        #expect(throws: error) { _ = try Trace(path: path).facts() }
    }

    @Test(arguments: BadInput.allCases)
    func everyReaderPrintsOneLineAndExitsTwo(_ input: BadInput) throws {
        let (path, error) = try input.make()
        for reader in traceReaders {
            let result = try read(path, with: reader)
            // A directory stands for the traces in it (CI shards), and there are none in this one.
            let message = input == .directory
                ? "no trace (.db file) in the directory \(path)" : "\(error)"
            #expect(result.status == 2, "\(reader)")
            #expect(result.stdout.isEmpty, "\(reader)")
            #expect(result.stderr == "asynctrace: error: \(message)\n", "\(reader)")
        }
    }

    /// As root, files are readable whatever their mode: the command then runs as nobody.
    @Test func anUnreadableTraceIsRefused() throws {
        let trace = Checkout.scratchFile("unreadable.db")
        try FileManager.default.copyItem(atPath: try Recordings.trace(of: "leaked_coroutine.py"), toPath: trace)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: trace)
        for reader in traceReaders {
            let arguments = reader.map { $0 == "TRACE" ? trace : $0 }
            let result = getuid() == 0
                ? try runCommand("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups",
                                                      Checkout.binary] + arguments, in: "/", timeout: 60)
                : try runCommand(Checkout.binary, arguments, in: "/", timeout: 60)
            #expect(result.status == 2, "\(reader): \(result.stderr)")
            #expect(result.stderr == "asynctrace: error: permission denied: cannot read \(trace)\n", "\(reader)")
        }
    }

    @Test func aDeviceIsNotATrace() {
        #expect(throws: TraceError.notSQLite(path: "/dev/null", reason: "it is not a regular file")) {
            try Trace(path: "/dev/null")
        }
    }

    @Test func errorMessagesNameTheProblem() {
        #expect(TraceError.unsupportedVersion(path: "t.db", version: 1).description
            == "t.db has unsupported trace schema version 1; this asynctrace reads version \(Trace.supportedVersion)")
        #expect(TraceError.notATrace(path: "t.db", reason: "it has no events table").description
            == "t.db is a SQLite database but not an asynctrace trace (it has no events table)")
    }

    @Test func aTraceMissingAColumnIsRefused() throws {
        let path = try TraceFiles.make("ALTER TABLE tasks DROP COLUMN coro_qualname;")
        #expect(throws: TraceError.notATrace(path: path, reason: "table tasks has no column coro_qualname")) {
            try Trace(path: path)
        }
    }

    // MARK: Bad values

    /// The schema without NOT NULL constraints (a view's `IS NOT NULL` stays), so that rows can hold what a broken
    /// writer might leave.
    static let looseSchema = TraceFiles.schema.replacingOccurrences(of: #"(?<!IS) NOT NULL"#, with: "",
                                                                    options: .regularExpression)

    @Test func badValuesAreReadWithoutCrashing() throws {
        let path = Checkout.scratchFile("bad-values.db")
        let database = try DatabaseQueue(path: path)
        try database.write { db in
            try db.execute(sql: Self.looseSchema + """
                INSERT INTO processes (id, pid, end_mono_ns) VALUES (1, NULL, 1); -- closed: no gap to warn of
                INSERT INTO threads (id, name) VALUES (10, X'80FF');
                INSERT INTO sites (id, file, line, function, stack)
                    VALUES (100, NULL, 'twelve', X'C328', hex(zeroblob(300000))),
                           (101, '/src/a.py', 3.7, 'f', NULL);
                INSERT INTO tasks (id, name, coro_qualname, site_id, test_id)
                    VALUES (1, hex(zeroblob(300000)), X'FF00FF', 'oops', 12.5);
                INSERT INTO events (id, kind) VALUES (1, 20);
                INSERT INTO events (id, kind, task_id, arg) VALUES (2, 13, 'abc', 'x'), (3, 13, 1, 2.5);
                INSERT INTO events (id, kind, site_id, detail) VALUES (4, 20, 100, X'00'), (5, 20, 101, X'E282');
                INSERT INTO events (id, kind, detail) VALUES (6, 'thirty', 'unknown kind'), (7, 99, NULL);
                INSERT INTO events (id, kind, task_id, thread_id, detail) VALUES (8, 31, 1, 10, hex(zeroblob(300000)));
                INSERT INTO tasks (id, name, parent_task_id, created_ns) VALUES (2, 't2', 'x', 'later'), (3, 't3', 3, 100),
                    (4, 't4', 3, -5);
                INSERT INTO task_ends (task_id, ts, outcome, exception) VALUES (3, 'soon', 7, X'FF'), (4, 50, 2, NULL);
                INSERT INTO tests (id, nodeid, start_ns, end_ns) VALUES (1, X'00', 'x', -1);
                INSERT INTO loops (id, class_name, created_ns) VALUES (20, NULL, 'x');
                INSERT INTO events (id, ts, kind, loop_id) VALUES (9, 'late', 4, 20), (10, 3, 2, 'loop');
                INSERT INTO snapshots (id, loop_id, ts, reason, hang_ms, idle_since_ns, ready, timers, io, executor_jobs,
                                       other_threads)
                    VALUES (50, 20, 'now', 'no_progress', 'x', -9223372036854775808, 0, 0, 0, 0, 0),
                           (51, 'loop', 9223372036854775807, 'signal', 9223372036854775807, -9223372036854775807,
                            0, 0, 0, 0, 0),
                           (52, 20, 5, X'FF', 1, 1, 'none', 0, 0, 0, 0);
                INSERT INTO waits (snapshot_id, task_id, site_id, kind, on_tasks, since_ns, detail) VALUES
                    (50, 1, 100, 'lock', '1 1 x 1', 'then', X'FF'),
                    (51, 1, 'x', 'event', hex(zeroblob(10000)), -9223372036854775808, NULL),
                    (51, 3, 101, 'gather', '99999999999999999999999 3 -4', NULL, hex(zeroblob(300000))),
                    (52, 'x', 101, 'task', '3', 0, NULL), (53, 3, 101, 'lock', '3', 0, NULL);
                """)
        }
        try database.close()
        let findings = Rule.findings(in: try Trace(path: path).facts())
        #expect(findings.count { $0.rule == "leaked-coroutine" } == 3)
        #expect(findings.count { $0.rule == "pending-at-close" } == 1)
        #expect(findings.count { $0.rule == "cross-thread-call" } == 1)
        // Texts are cut at 4096 characters (stacks at 65536); an object or a message joins at most two.
        #expect(findings.allSatisfy { ($0.function ?? "").count <= 4096 && ($0.thread ?? "").count <= 4096 })
        #expect(findings.allSatisfy { ($0.object ?? "").count <= 2 * 4096 + 3 })
        #expect(findings.allSatisfy { $0.message.count <= 2 * 4096 + 100 })
        #expect(findings.flatMap(\.stack).allSatisfy { $0.count <= 65536 })
        #expect(findings.contains { $0.file == "/src/a.py" && $0.line == 3 && $0.message.contains("\u{FFFD}") })

        for format in ["text", "json", "csv", "sarif", "junit"] {
            #expect(try asynctrace("analyze", path, "--format", format).status == 1)
        }
        for command in [["report"], ["summary"], ["tasks"], ["export", "--format", "perfetto"]] {
            let result = try asynctrace([command[0], path] + command.dropFirst())
            #expect(result.status == 0 && result.stderr.isEmpty, "\(command[0]): \(result.stderr)")
        }
    }

    /// Ids of any type in tables whose id is not the rowid: no reader traps on them; a row whose id is not a
    /// whole number is left out by analyze's pass (by rowid) and by the full read alike.
    @Test func idsThatAreNotIntegersAreReadWithoutCrashing() throws {
        let path = Checkout.scratchFile("text-ids.db")
        let database = try DatabaseQueue(path: path)
        try database.write { db in
            try db.execute(sql: Self.looseSchema.replacingOccurrences(of: "INTEGER PRIMARY KEY", with: "PRIMARY KEY")
                + """
                INSERT INTO sites (id, file, line, function) VALUES (100, '/src/a.py', 3, 'f');
                INSERT INTO tasks (id, name, site_id, created_ns) VALUES ('t', 'a', 100, 1), (2.5, 'b', 100, 2), (3, 'c', 100, 3);
                INSERT INTO events (id, ts, kind, task_id, site_id, detail) VALUES
                    ('abc', 1, 20, NULL, 100, 'x'), (5, 2, 20, NULL, 100, 'y'), (2.5, 3, 13, 2.5, NULL, 'b'),
                    (X'01', 4, 13, 3, NULL, 'c'), (-9223372036854775808, 5, 13, 3, NULL, 'c'),
                    (9223372036854775807, 6, 20, NULL, 100, 'z');
                """)
        }
        try database.close()
        let trace = try Trace(path: path)
        #expect(Rule.findings(in: try trace.findingFacts()) == Rule.findings(in: try trace.facts()))
        for reader in traceReaders {
            let result = try read(path, with: reader)
            #expect(result.brokenPromise == nil, "\(reader): \(result.brokenPromise ?? "")")
        }
    }

    // MARK: Read-only

    @Test func aWriteAheadLogFromAnUnclosedWriterIsRead() throws {
        let path = Checkout.scratchFile("wal.db")
        let writer = try DatabaseQueue(path: path)
        try writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
        try writer.write { db in
            try db.execute(sql: TraceFiles.schema + TraceFiles.basics + """
                INSERT INTO sites (id, file, line, function) VALUES (100, '/src/a.py', 7, 'main');
                INSERT INTO events (id, ts, kind, process_id, site_id, detail) VALUES (1, 5, 20, 1, 100, 'save');
                """)
        }
        // The writer is still open, as if it had crashed: the rows are in wal.db-wal, not in wal.db.
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let findings = Rule.findings(in: try Trace(path: path).facts())
        #expect(findings.map(\.file) == ["/src/a.py"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        try writer.close()
    }

    @Test func commandsLeaveTheTraceUntouched() throws {
        let trace = Checkout.scratchFile("untouched.db")
        try FileManager.default.copyItem(atPath: try Recordings.trace(of: "cancel_then_close.py"), toPath: trace)
        let before = try Data(contentsOf: URL(fileURLWithPath: trace))
        for format in ["text", "json", "csv"] {
            #expect(try asynctrace("analyze", trace, "--format", format).status == 1)
        }
        for table in Trace.Table.allCases {
            #expect(try asynctrace("export", trace, "--table", table.rawValue, "--format", "csv").status == 0)
        }
        for command in [["export", "--format", "perfetto"], ["report"], ["summary"], ["tasks"]] {
            #expect(try asynctrace([command[0], trace] + command.dropFirst()).status == 0)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: trace)) == before)
        for suffix in ["-wal", "-shm", "-journal"] {
            #expect(!FileManager.default.fileExists(atPath: trace + suffix), "analyze created \(trace)\(suffix)")
        }
    }
}
