import Foundation

/// Values made once per key per test process, however many tests ask for them at once: only the callers of the
/// same key wait for each other. A failure is kept and thrown again to every later caller of that key.
final class OnceEach<Value: Sendable>: @unchecked Sendable {
    private final class Entry: @unchecked Sendable {
        let lock = NSLock()
        var value: Result<Value, any Error>?
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    func value(for key: String, make: () throws -> Value) throws -> Value {
        let entry = lock.withLock {
            if let entry = entries[key] { return entry }
            let entry = Entry()
            entries[key] = entry
            return entry
        }
        return try entry.lock.withLock {
            if entry.value == nil { entry.value = Result { try make() } }
            return try entry.value!.get()
        }
    }
}
