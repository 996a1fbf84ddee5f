/// Findings as JUnit XML for CI dashboards: one testcase per pytest test recorded in the trace, failed by
/// the findings made while it ran; a test without findings passes. Findings made outside any test fail one
/// extra testcase, "outside tests", so that none is lost. An incomplete trace fails one more, "trace
/// complete", with what the recorder did not see: a dashboard never shows green for a run half watched.
public enum JUnitRenderer {
    public static func render(_ findings: [Finding], tests: [Facts.Test], pids: [Int64: Int64],
                              gaps: [Gap] = []) -> String {
        let ordered = tests.enumerated().sorted { ($0.element.startNs ?? 0, $0.offset) < ($1.element.startNs ?? 0, $1.offset) }
            .map(\.element)
        // A finding names its test by node id (and pid); a node id run twice (reruns, xdist) goes to the run
        // in the finding's process, else the first.
        let runs = Dictionary(grouping: ordered.indices) { ordered[$0].nodeid }
        var byTest: [Int: [Finding]] = [:]
        var outside: [Finding] = []
        for finding in findings {
            let candidates = finding.test.flatMap { runs[$0] } ?? []
            let index = candidates.first { index in
                ordered[index].processID.flatMap { pids[$0] } == finding.pid
            } ?? candidates.first
            if let index { byTest[index, default: []].append(finding) } else { outside.append(finding) }
        }
        var cases: [(classname: String, name: String, file: String?, seconds: Double, findings: [Finding])] =
            ordered.enumerated().map { index, test in
                let (classname, name, file) = Self.names(test.nodeid ?? "?")
                let seconds = test.startNs.flatMap { start in
                    test.endNs.map { Double(max(0, $0.saturatingMinus(start))) / 1e9 }
                } ?? 0
                return (classname, name, file, seconds, byTest[index] ?? [])
            }
        if !outside.isEmpty { cases.append(("asynctrace", "outside tests", nil, 0, outside)) }
        let severalTraces = Finding.fromSeveralTraces(findings)
        let incomplete = gaps.isEmpty ? nil
            : "<failure type=\"trace-incomplete\" message=\"\(escaped(gaps[0].warnings[0]))\">"
                + escaped(gaps.flatMap(\.warnings).joined(separator: "\n"), inAttribute: false) + "</failure>"

        let failures = cases.count { !$0.findings.isEmpty } + (incomplete == nil ? 0 : 1)
        let total = cases.reduce(0) { $0 + $1.seconds }
        let counts = "tests=\"\(cases.count + (incomplete == nil ? 0 : 1))\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\" " +
            "time=\"\(seconds(total))\""
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"asynctrace\" \(counts)>\n"
        xml += "  <testsuite name=\"asynctrace\" \(counts)>\n"
        for testcase in cases {
            xml += "    <testcase classname=\"\(escaped(testcase.classname))\" name=\"\(escaped(testcase.name))\""
            if let file = testcase.file { xml += " file=\"\(escaped(file))\"" }
            xml += " time=\"\(seconds(testcase.seconds))\""
            guard let first = testcase.findings.first else {
                xml += "/>\n"
                continue
            }
            let count = testcase.findings.count
            let message = count == 1 ? first.message
                : "\(count) asyncio lifecycle findings: " + Set(testcase.findings.map(\.rule)).sorted().joined(separator: ", ")
            let body = testcase.findings.map { finding in
                ([TextRenderer.line(finding) + " [\(finding.rule)]"] + finding.stack.map { "    at \($0)" }
                    + (severalTraces ? ["    seen in " + finding.seenIn] : []))
                    .joined(separator: "\n")
            }.joined(separator: "\n\n")
            xml += ">\n      <failure type=\"\(escaped(count == 1 ? first.rule : "asynctrace"))\" "
            xml += "message=\"\(escaped(message))\">\(escaped(body, inAttribute: false))</failure>\n    </testcase>\n"
        }
        if let incomplete {
            xml += "    <testcase classname=\"asynctrace\" name=\"trace complete\" time=\"0.000\">\n      \(incomplete)\n"
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    /// pytest's own junitxml naming: "dir/test_x.py::TestC::test_y[1]" is class "dir.test_x.TestC", name
    /// "test_y[1]", file "dir/test_x.py".
    static func names(_ nodeid: String) -> (classname: String, name: String, file: String?) {
        let parts = nodeid.components(separatedBy: "::")
        guard parts.count > 1 else { return ("", nodeid, nil) }
        let module = parts[0].hasSuffix(".py") ? String(parts[0].dropLast(3)) : parts[0]
        let classes = parts.dropFirst().dropLast()
        return (([module.replacingOccurrences(of: "/", with: ".")] + classes).joined(separator: "."),
                parts[parts.count - 1], parts[0])
    }

    static func seconds(_ value: Double) -> String {
        // Sums of the times of a damaged trace can exceed what milliseconds in an Int64 hold.
        let millis = (value * 1000).rounded() < 0x1p63 ? Int64((value * 1000).rounded()) : .max
        let fraction = String(millis % 1000)
        return "\(millis / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }

    /// Text for XML attributes (line breaks kept as references, which attribute parsing would turn into
    /// spaces) or content. Characters XML 1.0 cannot hold at all, even escaped (most control characters),
    /// become U+FFFD.
    static func escaped(_ text: String, inAttribute: Bool = true) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n", "\t":
                if inAttribute { result += "&#\(scalar.value);" } else { result.unicodeScalars.append(scalar) }
            case "\r": result += "&#13;"
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
