import Foundation

/// Which findings of several traces (CI shards, a rerun, a matrix of Pythons) a run read as one reports:
/// findings are the same when their rule, file, line, function, coroutine and test are; such a finding counts
/// as often as in the trace that saw it most often (the first such trace's are kept), naming every trace
/// that saw it. A shard and its rerun thus report a leak once; shards that ran different tests keep each
/// test's findings. Only a hash of each finding's key is kept, so that the findings themselves need not be.
public struct FindingMerge {
    /// Per key: the trace whose findings are reported, how many, and the traces that saw it (a second
    /// source, which most keys never have, is the only one that allocates).
    private struct Entry {
        var trace: Int32, count: Int32
        var firstSource: Int32 = -1
        var moreSources: [Int32]?

        var sources: [Int32] { firstSource < 0 ? [] : [firstSource] + (moreSources ?? []) }

        mutating func add(source: Int32) {
            if firstSource < 0 {
                firstSource = source
            } else if source != firstSource && !(moreSources?.contains(source) ?? false) {
                moreSources = (moreSources ?? []) + [source]
            }
        }
    }

    private var entries: [Int: Entry] = [:]
    private var sourceTable: [TraceSource] = []
    private var sourceIndex: [TraceSource: Int] = [:]

    public init() {}

    /// The hash a finding is merged by.
    public static func key(_ finding: Finding) -> Int {
        var hasher = Hasher()
        hasher.combine(finding.rule)
        hasher.combine(finding.file)
        hasher.combine(finding.line)
        hasher.combine(finding.function)
        hasher.combine(finding.object.map(Baseline.stableObject))
        hasher.combine(finding.test)
        return hasher.finalize()
    }

    /// Counts the findings of the trace numbered `trace` (traces are added in order, each once); returns
    /// their keys.
    @discardableResult
    public mutating func add(_ findings: [Finding], trace: Int) -> [Int] {
        let keys = findings.map(Self.key)
        var counts: [Int: Int] = [:]
        for (key, finding) in zip(keys, findings) {
            counts[key, default: 0] += 1
            for source in finding.traces {
                let index = sourceIndex[source] ?? {
                    sourceTable.append(source)
                    sourceIndex[source] = sourceTable.count - 1
                    return sourceTable.count - 1
                }()
                entries[key, default: Entry(trace: Int32(trace), count: 0)].add(source: Int32(index))
            }
        }
        for (key, count) in counts {
            var entry = entries[key] ?? Entry(trace: Int32(trace), count: 0)
            if count > entry.count { (entry.trace, entry.count) = (Int32(trace), Int32(count)) }
            entries[key] = entry
        }
        return keys
    }

    /// Whether the trace numbered `trace` is the one whose findings of `key` are reported.
    public func reports(_ key: Int, of trace: Int) -> Bool { entries[key]?.trace == Int32(trace) }

    /// Every trace that saw a finding of `key`.
    public func sources(_ key: Int) -> [TraceSource] { entries[key]?.sources.map { sourceTable[Int($0)] } ?? [] }

    /// How many findings are reported.
    public var count: Int { entries.values.reduce(0) { $0 + Int($1.count) } }
}

extension Finding {
    /// The findings of several traces, each with its sources, merged (see `FindingMerge`) and sorted as one
    /// trace's.
    public static func merging(_ perTrace: [[Finding]]) -> [Finding] {
        guard perTrace.count > 1 else { return perTrace.first ?? [] }
        var merge = FindingMerge()
        let keys = perTrace.enumerated().map { trace, findings in merge.add(findings, trace: trace) }
        var merged: [Finding] = []
        for (trace, findings) in perTrace.enumerated() {
            for (key, var finding) in zip(keys[trace], findings) where merge.reports(key, of: trace) {
                finding.traces = merge.sources(key)
                merged.append(finding)
            }
        }
        return Rule.sorted(merged)
    }
}

/// The findings of many traces merged with memory bounded by the largest trace, not by the sum: each trace's
/// findings go to a spill file as the trace is read (a compact binary form), only their merge keys and places
/// stay in memory, and they are read back one at a time, trace after trace, each trace's in its own order.
/// For the machine formats (JSON, CSV), which are written as the findings come.
public final class SpilledFindings: Sequence {
    private let descriptor: Int32
    private var merge = FindingMerge()
    /// Each finding spilled: its trace, key, and where its bytes are.
    private var records: [(trace: Int32, key: Int, offset: Int64, length: Int32)] = []
    private var end: Int64 = 0
    private var traces = 0

    /// A spill file in `directory`, unlinked at once: it goes when the command does.
    public init(directory: String = NSTemporaryDirectory()) throws {
        let path = (directory as NSString).appendingPathComponent("asynctrace-\(getpid())-findings.spill")
        descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw OutputError(name: path, reason: String(cString: strerror(errno))) }
        unlink(path)
    }

    deinit { close(descriptor) }

    /// Spills the next trace's findings (with their sources set).
    public func add(_ findings: [Finding]) throws {
        let trace = traces
        traces += 1
        let keys = merge.add(findings, trace: trace)
        var bytes: [UInt8] = []
        for (key, finding) in zip(keys, findings) {
            let start = bytes.count
            finding.encode(into: &bytes)
            records.append((Int32(trace), key, end + Int64(start), Int32(bytes.count - start)))
        }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(end) + off_t(written)) }
            guard count > 0 || errno == EINTR else {
                throw OutputError(name: "the findings' spill file", reason: String(cString: strerror(errno)))
            }
            written += Swift.max(count, 0)
        }
        end += Int64(bytes.count)
    }

    /// How many findings the merged run reports.
    public var count: Int { merge.count }

    public func makeIterator() -> AnyIterator<Finding> {
        var next = 0
        var buffer: [UInt8] = []
        return AnyIterator { [self] in
            while next < records.count {
                let record = records[next]
                next += 1
                guard merge.reports(record.key, of: Int(record.trace)) else { continue }
                buffer = [UInt8](repeating: 0, count: Int(record.length))
                let read = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(record.offset)) }
                guard read == Int(record.length) else { return nil }
                var finding = Finding.decode(buffer)
                finding.traces = merge.sources(record.key)
                return finding
            }
            return nil
        }
    }
}

/// A finding as bytes and back, for the spill file alone (never stored): strings as a length and UTF-8,
/// numbers as 8 bytes, an absent value as a length or flag of its own.
extension Finding {
    func encode(into bytes: inout [UInt8]) {
        func number(_ value: Int64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        func text(_ value: String?) {
            guard let value else { return number(-1) }
            number(Int64(value.utf8.count))
            bytes += value.utf8
        }
        func optional(_ value: Int64?) {
            bytes.append(value == nil ? 0 : 1)
            number(value ?? 0)
        }
        text(rule)
        bytes.append(severity == .error ? 0 : 1)
        for value in [message, file, function, object, test, thread, detail] { text(value) }
        for value in [line, pid, loop, task, timestampNs] { optional(value) }
        number(Int64(stack.count))
        for frame in stack { text(frame) }
        number(Int64(related.count))
        for place in related {
            for value in [place.role, place.file, place.function, place.thread, place.test] { text(value) }
            for value in [place.line, place.task, place.loop] { optional(value) }
        }
    }

    static func decode(_ bytes: [UInt8]) -> Finding {
        var at = 0
        func number() -> Int64 {
            var value: Int64 = 0
            withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes[at..<at + 8]) }
            at += 8
            return Int64(littleEndian: value)
        }
        func text() -> String? {
            let count = Int(number())
            guard count >= 0 else { return nil }
            defer { at += count }
            return String(decoding: bytes[at..<at + count], as: UTF8.self)
        }
        func optional() -> Int64? {
            let present = bytes[at] == 1
            at += 1
            let value = number()
            return present ? value : nil
        }
        let rule = text() ?? ""
        let severity: Severity = bytes[at] == 0 ? .error : .warning
        at += 1
        let (message, file, function, object, test, thread, detail) = (text() ?? "", text(), text(), text(), text(),
                                                                         text(), text())
        let (line, pid, loop, task, timestampNs) = (optional(), optional(), optional(), optional(), optional())
        let stack = (0..<number()).map { _ in text() ?? "" }
        let related = (0..<number()).map { _ in
            let (role, file, function, thread, test) = (text() ?? "", text(), text(), text(), text())
            let (line, task, loop) = (optional(), optional(), optional())
            return RelatedLocation(role: role, file: file, line: line, function: function, task: task, loop: loop,
                                   thread: thread, test: test)
        }
        return Finding(rule: rule, severity: severity, message: message, file: file, line: line, function: function,
                       object: object, test: test, pid: pid, loop: loop, thread: thread, task: task,
                       timestampNs: timestampNs, stack: stack, related: related, detail: detail)
    }
}
