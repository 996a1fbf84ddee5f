/// A JSON value, written exactly as JSONEncoder lays it out with [.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]: two-space indents, `"key" : value`, keys sorted, only quotes, backslashes and
/// control characters escaped. Written as it goes, and arrays can be made an element at a time: JSONEncoder
/// builds the whole document several times over in memory, which for 35,000 SARIF results took 2.4 s and
/// 470 MB.
enum PrettyJSON {
    case null
    case bool(Bool)
    case number(Int64)
    case string(String)
    case array([PrettyJSON])
    /// An array whose elements are made as they are written.
    case elements(AnySequence<PrettyJSON>)
    case object([String: PrettyJSON])
    /// An object whose keys are already in sorted order.
    case members([(key: String, value: PrettyJSON)])

    init(_ text: String?) { self = text.map(PrettyJSON.string) ?? .null }
    init(_ number: Int64?) { self = number.map(PrettyJSON.number) ?? .null }

    /// Writes the value, starting on a line indented by `indent` spaces.
    func write(to output: OutputFile, indent: Int = 0) throws {
        var text = Text(output: output)
        try write(to: &text, indent: indent)
        try text.flush()
    }

    /// The bytes go to a buffer of the caller's, which reaches the output in large pieces: a call to the
    /// output for each of the dozens of pieces of a finding cost more than making them.
    private struct Text {
        let output: OutputFile
        var bytes: [UInt8] = []

        mutating func append(_ text: String) throws {
            bytes.append(contentsOf: text.utf8)
            if bytes.count >= 1 << 16 { try flush() }
        }

        /// `value` as a JSON string, escaped straight into the buffer.
        mutating func appendQuoted(_ value: String) throws {
            bytes.append(UInt8(ascii: "\""))
            // Most names and paths need no escape: copied whole.
            let escaped = { (byte: UInt8) in byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") }
            // On the string's own bytes where it has them (a native string does): a closure call per byte of
            // the UTF-8 view's iterator was a tenth of writing 35,000 findings.
            let plain = value.utf8.withContiguousStorageIfAvailable { !$0.contains(where: escaped) }
                ?? !value.utf8.contains(where: escaped)
            if plain {
                bytes.append(contentsOf: value.utf8)
            } else {
                for byte in value.utf8 { Self.appendEscaped(byte, to: &bytes) }
            }
            bytes.append(UInt8(ascii: "\""))
            if bytes.count >= 1 << 16 { try flush() }
        }

        /// Quotes, backslashes and control characters as JSONEncoder escapes them.
        private static func appendEscaped(_ byte: UInt8, to bytes: inout [UInt8]) {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case 0x08: bytes += Array(#"\b"#.utf8)
            case 0x0C: bytes += Array(#"\f"#.utf8)
            case UInt8(ascii: "\n"): bytes += Array(#"\n"#.utf8)
            case UInt8(ascii: "\r"): bytes += Array(#"\r"#.utf8)
            case UInt8(ascii: "\t"): bytes += Array(#"\t"#.utf8)
            case 0..<0x20: bytes += Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }

        private static let hex = Array("0123456789abcdef".utf8)

        mutating func flush() throws {
            try output.write(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
    }

    private func write(to text: inout Text, indent: Int) throws {
        switch self {
        case .null: try text.append("null")
        case .bool(let value): try text.append(value ? "true" : "false")
        case .number(let value): try text.append(String(value))
        case .string(let value): try text.appendQuoted(value)
        case .array(let values): try Self.write(values, to: &text, indent: indent)
        case .elements(let values): try Self.write(values, to: &text, indent: indent)
        case .object(let members):
            try PrettyJSON.members(members.sorted { $0.key < $1.key }).write(to: &text, indent: indent)
        case .members(let members):
            try Self.write(members, open: "{", close: "}", to: &text, indent: indent) { member, text in
                try text.appendQuoted(member.key)
                try text.append(" : ")
                try member.value.write(to: &text, indent: indent + 2)
            }
        }
    }

    private static func write(_ values: some Sequence<PrettyJSON>, to text: inout Text, indent: Int) throws {
        try write(values, open: "[", close: "]", to: &text, indent: indent) { value, text in
            try value.write(to: &text, indent: indent + 2)
        }
    }

    /// `open`, each item on a line of its own one level in, `close` on its own line: an empty container spans
    /// three lines, as JSONEncoder writes it.
    private static func write<Items: Sequence>(_ items: Items, open: String, close: String, to text: inout Text,
                                               indent: Int, item: (Items.Element, inout Text) throws -> Void) throws {
        try text.append(open)
        var first = true
        for element in items {
            try text.append(first ? "\n" : ",\n")
            try text.append(spaces(indent + 2))
            try item(element, &text)
            first = false
        }
        try text.append(first ? "\n\n" : "\n")
        try text.append(spaces(indent))
        try text.append(close)
    }

    private static let indents = (0..<16).map { String(repeating: " ", count: 2 * $0) }

    private static func spaces(_ count: Int) -> String {
        count / 2 < indents.count ? indents[count / 2] : String(repeating: " ", count: count)
    }
}
