import Foundation

extension String {
    /// Whether `needle` occurs in the text, compared as UTF-8 bytes over
    /// contiguous storage: for hot paths over megabytes of rendered text,
    /// where the generic `contains` walks string indices one by one.
    func containsBytes(_ needle: String) -> Bool {
        var text = self
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        return text.withUTF8 { $0.firstIndex(of: pattern, from: 0) != nil }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Where `pattern` (not empty) first occurs at or after `start`, or nil.
    /// Candidates are found with `memchr` (the C library's, many bytes at
    /// a time), then compared.
    func firstIndex(of pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, let base = baseAddress, count >= pattern.count else { return nil }
        var index = start
        let last = count - pattern.count
        while index <= last {
            guard let found = memchr(base + index, Int32(first), last - index + 1) else { return nil }
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var matched = 1
            while matched < pattern.count, self[index + matched] == pattern[matched] { matched += 1 }
            if matched == pattern.count { return index }
            index += 1
        }
        return nil
    }

    /// Whether every byte is ASCII (`UTF8Scalar.nextNonASCII`: eight bytes at a time).
    var isASCII: Bool {
        UTF8Scalar.nextNonASCII(in: self, from: 0) == count
    }
}

extension String {
    /// Whether the text is all ASCII (`UnsafeBufferPointer.isASCII` over its UTF-8).
    var isASCII: Bool {
        var text = self
        return text.withUTF8(\.isASCII)
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
