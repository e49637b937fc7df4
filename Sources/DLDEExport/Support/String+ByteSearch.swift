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
