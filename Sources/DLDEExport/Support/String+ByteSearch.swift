import CByteSearch
import Foundation

extension String {
    /// Whether `needle` occurs in the text, compared as UTF-8 bytes over
    /// contiguous storage: for hot paths over megabytes of rendered text,
    /// where the generic `contains` walks string indices one by one.
    func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        return withUTF8Bytes { $0.firstIndex(of: pattern, from: 0) != nil }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Where `pattern` (not empty) first occurs at or after `start`, or nil.
    /// Found with the C library's `memmem` (`dlde_find_bytes`), which skips ahead many bytes at a
    /// time (a first byte like the `d` of `dldemath` is common in prose, so
    /// finding candidates by it with `memchr` stopped at nearly every word).
    func firstIndex(of pattern: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, let base = baseAddress, start <= count, count - start >= pattern.count else { return nil }
        let found = pattern.withUnsafeBytes { needle in
            dlde_find_bytes(base + start, count - start, needle.baseAddress, needle.count)
        }
        guard let found else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether every byte is ASCII (`UTF8Scalar.nextNonASCII`: eight bytes at a time).
    var isASCII: Bool {
        UTF8Scalar.nextNonASCII(in: self, from: 0) == count
    }
}

extension String {
    /// Whether the two texts have the same UTF-8 bytes (not Unicode
    /// canonical equivalence, which `==` compares): lengths first, then
    /// `memcmp` over contiguous storage, not a byte-by-byte walk of two
    /// `UTF8View`s.
    func hasSameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        return other.withUTF8Bytes(hasBytes)
    }

    /// Whether the text's UTF-8 bytes are `bytes`.
    func hasBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = utf8.count
        guard count == bytes.count else { return false }
        return count == 0 || withUTF8Bytes { own in memcmp(own.baseAddress!, bytes.baseAddress!, count) == 0 }
    }
}

extension String {
    /// Calls `body` with the text's UTF-8 bytes: in place for a native
    /// string (always, on Linux), without the copy that `withUTF8` on a
    /// `var` of the text costs in a retain and a release.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}

extension String {
    /// Whether the text is all ASCII (`UnsafeBufferPointer.isASCII` over its UTF-8).
    var isASCII: Bool {
        withUTF8Bytes(\.isASCII)
    }
}

extension String {
    /// The text between line feeds, empty lines included, split as UTF-8
    /// bytes: a line feed is a grapheme of its own (CR LF aside, which stays
    /// as CR at the end of its line), so this splits where splitting the
    /// characters would, without grapheme breaking over megabytes of text.
    var lineFeedSeparatedLines: [Substring] {
        utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
    }
}
