import Foundation

/// Results of a costly pure function, shared by the threads that read
/// papers in parallel. The table is split in shards, each with its own
/// lock, so two threads looking up different keys rarely wait for each
/// other (one lock made them queue on every name of 10,000 papers).
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private final class Shard {
        var values: [Key: Value] = [:]
        let lock = NSLock()
    }

    private let shards = (0..<16).map { _ in Shard() }

    /// The remembered value for `key`, or `compute(key)` remembered.
    func value(for key: Key, compute: (Key) -> Value) -> Value {
        let shard = shards[Int(UInt(bitPattern: key.hashValue) % UInt(shards.count))]
        shard.lock.lock()
        let known = shard.values[key]
        shard.lock.unlock()
        if let known { return known }
        let value = compute(key)
        shard.lock.lock()
        shard.values[key] = value
        shard.lock.unlock()
        return value
    }
}
