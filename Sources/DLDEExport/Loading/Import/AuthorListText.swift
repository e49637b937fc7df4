/// Reads authors written in one cell: CMT's `Name (Affiliation)*; Name
/// (Affiliation)` (the `*` marks the contact author) and our own `Name;
/// Name` or `Name and Name`.
enum AuthorListText {
    /// The authors, names kept whole as written.
    static func authors(in text: String) -> [AuthorDraft] {
        ImportText.splitList(text, fallback: " and ").compactMap(author)
    }

    /// Emails written like CMT's `Author Emails`: `a@x.org*; b@y.org`.
    static func emails(in text: String) -> [String] {
        ImportText.splitList(text, fallback: ",").map(stripContactMark)
    }

    /// `Name (Affiliation)*`: the last parenthesised group closing the
    /// entry is the affiliation ("Yun-Nung (Vivian) Chen (NTU)" keeps its
    /// nickname in the name).
    static func author(_ entry: String) -> AuthorDraft? {
        var text = stripContactMark(entry)
        var affiliation: String?
        if text.hasSuffix(")"), let open = matchingOpen(in: text) {
            let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
            let name = text[..<open]
            if ImportText.value(String(name)) != nil {
                affiliation = ImportText.value(String(inside))
                text = String(name)
            }
        }
        guard let name = ImportText.value(text) else { return nil }
        return AuthorDraft(name: PersonName(name), affiliation: affiliation)
    }

    private static func stripContactMark(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("*") { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The `(` that the final `)` closes.
    private static func matchingOpen(in text: String) -> String.Index? {
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            switch text[index] {
            case ")": depth += 1
            case "(":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        return nil
    }
}
