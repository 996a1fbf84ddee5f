import Foundation

/// Findings for programs: a JSON array of objects with the same keys each, in a stable (sorted) order.
public enum JSONRenderer {
    public static func render(_ findings: [Finding]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(findings), as: UTF8.self) + "\n"
    }
}
