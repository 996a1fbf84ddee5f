/// Writes JSON straight to an output, for documents with millions of values that are not worth building in
/// memory first. The caller writes the punctuation between values. Strings escape `<`, `>`, `&`, U+2028 and
/// U+2029 too, so the same text is safe inside an HTML `<script>` element: no trace string can close it.
struct JSONWriter {
    let output: OutputFile

    func raw(_ text: String) throws { try output.write(text) }

    func number(_ value: Int64?) throws {
        try output.write(value.map(String.init) ?? "null")
    }

    func bool(_ value: Bool) throws { try output.write(value ? "true" : "false") }

    func string(_ value: String?) throws {
        guard let value else { return try output.write("null") }
        try output.write(Self.quoted(value))
    }

    /// `"key":` before a value.
    func key(_ name: String) throws { try output.write(Self.quoted(name) + ":") }

    /// `[a,b,c]`, with `element` writing each value.
    func array<S: Sequence>(_ elements: S, _ element: (S.Element) throws -> Void) throws {
        try output.write("[")
        var first = true
        for value in elements {
            if !first { try output.write(",") }
            first = false
            try element(value)
        }
        try output.write("]")
    }

    static func quoted(_ text: String) -> String {
        let utf8 = text.utf8
        // Most names and paths need no escape: copy them whole.
        guard utf8.contains(where: needsEscape) else { return "\"" + text + "\"" }
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(utf8.count + 16)
        var input = Array(utf8)[...]
        while let byte = input.popFirst() {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\n"): bytes += Array(#"\n"#.utf8)
            case 0xE2 where input.starts(with: [0x80, 0xA8]) || input.starts(with: [0x80, 0xA9]):
                bytes += Array((input.dropFirst().first == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8)
                input.removeFirst(2)
            case _ where needsEscape(byte) && byte != 0xE2:
                let hex = String(byte, radix: 16)
                bytes += Array(("\\u00" + (hex.count == 1 ? "0" : "") + hex).utf8)
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Control characters, quote, backslash, the HTML-significant `<`, `>` and `&`, and 0xE2, which starts
    /// U+2028 and U+2029 (line separators that old JavaScript parsers refuse inside strings).
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<0x20, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "&"), 0xE2: true
        default: false
        }
    }
}
