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
    fileprivate struct Text {
        let output: OutputFile
        var bytes: [UInt8] = []

        mutating func append(_ text: String) throws {
            // A native string's bytes are copied whole: the UTF-8 view's iterator was most of writing pieces.
            if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
                bytes.append(contentsOf: text.utf8)
            }
            if bytes.count >= 1 << 16 { try flush() }
        }

        mutating func append(_ piece: StaticString) throws {
            piece.withUTF8Buffer { bytes.append(contentsOf: $0) }
            if bytes.count >= 1 << 16 { try flush() }
        }

        /// A comma if `comma`, then a new line indented by `indent` spaces, copied from a run of spaces made
        /// once (a space at a time made a debug build's SARIF of 100,000 findings three times slower).
        mutating func newLine(indent: Int, comma: Bool = false) throws {
            if comma { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\n"))
            var rest = indent
            while rest > 0 {
                let run = min(rest, Self.spaces.count)
                bytes.append(contentsOf: Self.spaces[..<run])
                rest -= run
            }
            if bytes.count >= 1 << 16 { try flush() }
        }

        private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

        /// `value`'s digits: a String of at most 20 bytes, which Swift keeps without an allocation.
        mutating func append(_ value: Int64) throws {
            try append(String(value))
        }

        /// `value` as a JSON string, escaped straight into the buffer.
        mutating func appendQuoted(_ value: String) throws {
            bytes.append(UInt8(ascii: "\""))
            // Most names and paths need no escape: copied whole.
            let escaped = { (byte: UInt8) in byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") }
            // On the string's own bytes where it has them (a native string does): a closure call per byte of
            // the UTF-8 view's iterator was a tenth of writing 35,000 findings.
            let plain = value.utf8.withContiguousStorageIfAvailable { stored in
                if stored.contains(where: escaped) { return false }
                bytes.append(contentsOf: stored)  // copied whole while it is at hand
                return true
            }
            switch plain {
            case true?: break
            case nil where !value.utf8.contains(where: escaped): bytes.append(contentsOf: value.utf8)
            default: for byte in value.utf8 { Self.appendEscaped(byte, to: &bytes) }
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

    fileprivate func write(to text: inout Text, indent: Int) throws {
        switch self {
        case .null: try text.append("null")
        case .bool(let value): try text.append(value ? "true" : "false")
        case .number(let value): try text.append(value)
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
    private static func write<Items: Sequence>(_ items: Items, open: StaticString, close: StaticString,
                                               to text: inout Text, indent: Int,
                                               item: (Items.Element, inout Text) throws -> Void) throws {
        try text.append(open)
        var first = true
        for element in items {
            try text.newLine(indent: indent + 2, comma: !first)
            try item(element, &text)
            first = false
        }
        if first { try text.append("\n") }  // an empty container spans three lines
        try text.newLine(indent: indent)
        try text.append(close)
    }
}

extension PrettyJSON {
    /// Writes JSON laid out as PrettyJSON lays it out, straight from the caller's values: for documents of
    /// thousands of objects of one shape (findings), where making a PrettyJSON value of each first cost more
    /// than writing it (a third of `analyze --format json` at 35,000 findings went to retaining and releasing
    /// those values).
    struct Writer {
        private var text: PrettyJSON.Text
        private var indent = 0
        /// Whether the innermost open container has no item yet.
        private var empty = true

        init(output: OutputFile) { text = PrettyJSON.Text(output: output) }

        mutating func object(_ members: (inout Writer) throws -> Void) throws {
            try container(open: "{", close: "}", members)
        }

        mutating func array(_ items: (inout Writer) throws -> Void) throws {
            try container(open: "[", close: "]", items)
        }

        /// An array of `values`, each written by `item` (which writes one value, not an item of its own).
        mutating func array<Values: Sequence>(_ values: Values,
                                              _ item: (inout Writer, Values.Element) throws -> Void) throws {
            try array { json in
                for value in values {
                    try json.item()
                    try item(&json, value)
                }
            }
        }

        /// Starts the next item of the innermost array: its value comes next.
        mutating func item() throws {
            try text.newLine(indent: indent, comma: !empty)
            empty = false
        }

        /// Starts the member `key` of the innermost object: its value comes next. Keys are the caller's own
        /// names, written as they are, in sorted order.
        mutating func key(_ key: StaticString) throws {
            try item()
            try text.append("\"")
            try text.append(key)
            try text.append("\" : ")
        }

        mutating func member(_ key: StaticString, _ value: String?) throws {
            try self.key(key)
            if let value { try text.appendQuoted(value) } else { try text.append("null") }
        }

        mutating func member(_ key: StaticString, _ value: Int64?) throws {
            try self.key(key)
            if let value { try text.append(value) } else { try text.append("null") }
        }

        mutating func value(_ value: PrettyJSON) throws {
            try value.write(to: &text, indent: indent)
        }

        mutating func value(_ value: String) throws {
            try text.appendQuoted(value)
        }

        mutating func flush() throws {
            try text.flush()
        }

        private mutating func container(open: StaticString, close: StaticString, _ body: (inout Writer) throws -> Void)
            throws {
            try text.append(open)
            let outerEmpty = empty
            empty = true
            indent += 2
            try body(&self)
            indent -= 2
            if empty { try text.append("\n") }  // an empty container spans three lines, as JSONEncoder writes it
            try text.newLine(indent: indent)
            try text.append(close)
            empty = outerEmpty
        }
    }
}
