import AsyncTraceKit
import CSV
import Foundation
import Testing

/// CSV output: RFC 4180 quoting with CRLF line ends, and no cell a spreadsheet would run as a formula.
@Suite struct CSVTests {
    /// The bytes a CSVTable writes for `rows` (the first is the header).
    static func csv(_ rows: [[String]]) throws -> String {
        let path = Checkout.scratchFile("table.csv")
        let output = try OutputFile.create(path)
        let table = try CSVTable(output: output, header: rows[0])
        for row in rows.dropFirst() { try table.write(row) }
        try table.flush()
        try output.flush()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    static func parse(_ csv: String) throws -> [[String]] {
        let reader = try CSVReader(string: csv)
        return Array(AnyIterator { reader.next() })
    }

    @Test func formulaCellsAreNeutralised() throws {
        let csv = try Self.csv([["a", "b"], ["=SUM(A1:A2)", "+1"], ["-2", "@x"], ["\tx", "x=1"], ["", "'quoted"]])
        #expect(csv == "a,b\r\n'=SUM(A1:A2),'+1\r\n'-2,'@x\r\n'\tx,x=1\r\n,'quoted\r\n")
    }

    @Test func cellsAreQuotedAsRFC4180Says() throws {
        let csv = try Self.csv([["h"], ["a,b"], ["say \"hi\""], ["line1\nline2"], ["\rx"], ["plain"]])
        #expect(csv == "h\r\n\"a,b\"\r\n\"say \"\"hi\"\"\"\r\n\"line1\nline2\"\r\n\"'\rx\"\r\nplain\r\n")
    }

    @Test func manyRowsReadBackUnchanged() throws {
        let rows = [["n", "text"]] + (0..<2500).map { ["\($0)", "row \($0), \"quoted\"\nsecond line"] }
        let csv = try Self.csv(rows)
        #expect(csv.hasSuffix("second line\"\r\n"))
        #expect(try Self.parse(csv).prefix(rows.count) == rows[...])
    }

    @Test func anyCellReadsBackAsWrittenOrNeutralised() throws {
        let pieces = [",", "\"", "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", "'", " ", "a", "é", "😀", "\u{0}", ""]
        var generator = SeededRandom(42)
        let rows = (0..<500).map { _ in
            (0..<4).map { _ in (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined() }
        }
        let read = try Self.parse(try Self.csv([["a", "b", "c", "d"]] + rows))
        let formula = "=+-@\t\r".unicodeScalars
        let neutralised = rows.map { $0.map { cell in cell.unicodeScalars.first.map(formula.contains) == true ? "'" + cell : cell } }
        #expect(Array(read.dropFirst().prefix(rows.count)) == neutralised)
    }

    @Test func exportNeutralisesValuesFromTheTrace() throws {
        let trace = try TraceFiles.make(TraceFiles.basics + """
            INSERT INTO sites (id, file, line, function, stack)
                VALUES (1, '/src/a,b.py', 3, '=HYPERLINK("http://x")', '-1+2'), (2, '@evil.py', 4, 'f', NULL);
            """)
        let result = try asynctrace("export", trace, "--table", "sites", "--format", "csv")
        #expect(result.status == 0)
        #expect(result.stdout == """
            id,file,line,function,stack\r
            1,"/src/a,b.py",3,"'=HYPERLINK(""http://x"")",'-1+2\r
            2,'@evil.py,4,f,\r

            """)
    }

    @Test func exportWritesEveryTableWithItsHeader() throws {
        let trace = try Recordings.trace(of: "leaked_coroutine.py")
        for table in Trace.Table.allCases {
            let result = try asynctrace("export", trace, "--table", table.rawValue)
            #expect(result.status == 0)
            let rows = try Self.parse(result.stdout)
            let key = switch table {
            case .taskEnds: "task_id"
            case .taskCounts: "process_id"
            case .hooks: "process_id"
            case .waits: "snapshot_id"
            default: "id"
            }
            #expect(rows.first?.first == key, "\(table): \(rows.first ?? [])")
            #expect(Set(rows.dropFirst().map(\.count)).count <= 1)
        }
    }

    @Test func analyzeCSVHasOneRowPerFinding() throws {
        let trace = try Recordings.trace(of: "cross_thread_call.py")
        let result = try asynctrace("analyze", trace, "--format", "csv")
        #expect(result.status == 1)
        let rows = try Self.parse(result.stdout)
        #expect(rows.first == CSVRenderer.header)
        #expect(rows.dropFirst().filter { $0 != [""] }.map { $0[0] } == ["cross-thread-call"])
    }
}
