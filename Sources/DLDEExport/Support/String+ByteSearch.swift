extension String {
    /// Whether `needle` occurs in the text, compared as UTF-8 bytes over
    /// contiguous storage: for hot paths over megabytes of rendered text,
    /// where the generic `contains` walks string indices one by one.
    func containsBytes(_ needle: String) -> Bool {
        var text = self
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        return text.withUTF8 { haystack in
            guard haystack.count >= pattern.count else { return false }
            var index = 0
            let last = haystack.count - pattern.count
            while index <= last {
                if haystack[index] == first {
                    var matched = 1
                    while matched < pattern.count, haystack[index + matched] == pattern[matched] { matched += 1 }
                    if matched == pattern.count { return true }
                }
                index += 1
            }
            return false
        }
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
