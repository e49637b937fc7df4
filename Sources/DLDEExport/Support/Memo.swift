import Foundation

/// Results of a costly pure function, shared by the threads that read
/// papers in parallel.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private var values: [Key: Value] = [:]
    private let lock = NSLock()

    /// The remembered value for `key`, or `compute(key)` remembered.
    func value(for key: Key, compute: (Key) -> Value) -> Value {
        lock.lock()
        let known = values[key]
        lock.unlock()
        if let known { return known }
        let value = compute(key)
        lock.lock()
        values[key] = value
        lock.unlock()
        return value
    }
}
