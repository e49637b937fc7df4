import Foundation

/// Results of a costly pure function, shared by the threads that read
/// papers in parallel. The table is split in shards, each with its own
/// lock, so two threads looking up different keys rarely wait for each
/// other (one lock made them queue on every name of 10,000 papers).
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private final class Shard {
        var values: [HashedKey: Value] = [:]
        let lock = NSLock()
    }

    /// A key with its hash, computed once: it picks the shard, and the
    /// shard's dictionary hashes only it, not the key again (a text key
    /// is hashed byte by byte).
    private struct HashedKey: Hashable {
        let key: Key
        let hash: Int

        static func == (left: HashedKey, right: HashedKey) -> Bool {
            left.hash == right.hash && left.key == right.key
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(hash)
        }
    }

    private let shards = (0..<16).map { _ in Shard() }

    /// The remembered value for `key`, or `compute(key)` remembered.
    func value(for key: Key, compute: (Key) -> Value) -> Value {
        let hashed = HashedKey(key: key, hash: key.hashValue)
        let shard = shards[Int(UInt(bitPattern: hashed.hash) % UInt(shards.count))]
        shard.lock.lock()
        let known = shard.values[hashed]
        shard.lock.unlock()
        if let known { return known }
        let value = compute(key)
        shard.lock.lock()
        shard.values[hashed] = value
        shard.lock.unlock()
        return value
    }
}
