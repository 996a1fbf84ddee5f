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

    /// Writes the value; `indent` is the indentation of the line it starts on.
    func write(to output: OutputFile, indent: Int = 0) throws {
        switch self {
        case .null: try output.write("null")
        case .bool(let value): try output.write(value ? "true" : "false")
        case .number(let value): try output.write(String(value))
        case .string(let value): try output.write(Self.quoted(value))
        case .array(let values): try Self.write(values, to: output, indent: indent)
        case .elements(let values): try Self.write(values, to: output, indent: indent)
        case .object(let members):
            try PrettyJSON.members(members.sorted { $0.key < $1.key }).write(to: output, indent: indent)
        case .members(let members):
            try Self.write(members, open: "{", close: "}", to: output, indent: indent) {
                try output.write(Self.quoted($0.key))
                try output.write(" : ")
                try $0.value.write(to: output, indent: indent + 2)
            }
        }
    }

    private static func write(_ values: some Sequence<PrettyJSON>, to output: OutputFile, indent: Int) throws {
        try write(values, open: "[", close: "]", to: output, indent: indent) { try $0.write(to: output, indent: indent + 2) }
    }

    /// `open`, each item on a line of its own one level in, `close` on its own line: an empty container spans
    /// three lines, as JSONEncoder writes it.
    private static func write<Items: Sequence>(_ items: Items, open: String, close: String, to output: OutputFile,
                                               indent: Int, item: (Items.Element) throws -> Void) throws {
        try output.write(open)
        var first = true
        for element in items {
            try output.write(first ? "\n" : ",\n")
            try output.write(spaces(indent + 2))
            try item(element)
            first = false
        }
        try output.write(first ? "\n\n" : "\n")
        try output.write(spaces(indent))
        try output.write(close)
    }

    private static let indents = (0..<16).map { String(repeating: " ", count: 2 * $0) }

    private static func spaces(_ count: Int) -> String {
        count / 2 < indents.count ? indents[count / 2] : String(repeating: " ", count: count)
    }

    static func quoted(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            return "\"" + text + "\""
        }
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case 0x08: bytes += Array(#"\b"#.utf8)
            case 0x0C: bytes += Array(#"\f"#.utf8)
            case UInt8(ascii: "\n"): bytes += Array(#"\n"#.utf8)
            case UInt8(ascii: "\r"): bytes += Array(#"\r"#.utf8)
            case UInt8(ascii: "\t"): bytes += Array(#"\t"#.utf8)
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                bytes += Array(("\\u00" + (hex.count == 1 ? "0" : "") + hex).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }
}
