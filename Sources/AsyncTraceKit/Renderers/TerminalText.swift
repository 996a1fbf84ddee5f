extension String {
    /// The text with every character a terminal would act on instead of showing written as an escape, the
    /// way Python's repr writes it: control characters (`\x1b`, `\x07`, `\r`, `\n`, `\t`, `\x00`, C1 controls
    /// such as `\x9b`), line and paragraph separators (`\u2028`) and the bidirectional controls that reorder
    /// what follows (`\u202e`). Task names, exception messages, paths and test ids are the traced program's
    /// text: on the user's terminal they must not erase a line, move the cursor or print a line of their own
    /// (a fake "No findings."). Every text renderer passes what it takes from a trace through this.
    public var terminalSafe: String {
        guard unicodeScalars.contains(where: Self.actsOnTerminal) else { return self }
        var safe = ""
        for scalar in unicodeScalars {
            guard Self.actsOnTerminal(scalar) else {
                safe.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\t": safe += "\\t"
            case "\n": safe += "\\n"
            case "\r": safe += "\\r"
            default:
                let hex = String(scalar.value, radix: 16)
                safe += scalar.value < 0x100 ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                    : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return safe
    }

    private static func actsOnTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0,  // C0 controls, DEL, C1 controls
             0x2028, 0x2029,  // line and paragraph separators
             0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:  // bidirectional controls
            true
        default: false
        }
    }
}
