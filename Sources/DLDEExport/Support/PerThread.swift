import Foundation

/// Objects made once per thread and reused: ICU-backed formatters
/// (`DateFormatter`, `ISO8601DateFormatter`) load ICU data when made, which
/// cost a run of 100 papers a twentieth of its time when made per call, and
/// are not documented as safe to share between threads.
enum PerThread {
    /// The object kept on this thread under `key`, made by `make` the first time.
    static func object<T: AnyObject>(_ key: String, _ make: () -> T) -> T {
        let cache = Thread.current.threadDictionary
        if let known = cache[key] as? T { return known }
        let made = make()
        cache[key] = made
        return made
    }

    /// An RFC 3339 formatter (`.withInternetDateTime`, plus `extra`) at a
    /// fixed offset from UTC (`Z` when it is zero).
    static func iso8601(offset: Int, extra: ISO8601DateFormatter.Options = []) -> ISO8601DateFormatter {
        object("dlde-export.ISO8601 \(offset) \(extra.rawValue)") {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, extra]
            formatter.timeZone = TimeZone(secondsFromGMT: offset) ?? TimeZone(identifier: "UTC")!
            return formatter
        }
    }
}
