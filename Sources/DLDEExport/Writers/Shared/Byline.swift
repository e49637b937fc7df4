/// Lists of names as every format writes them in running text:
/// `A`, `A and B`, `A, B, and C` (with the serial comma, as the booklet
/// always wrote bylines). BibTeX's `and`-separated `author` field is a
/// format of its own, not a byline.
enum Byline {
    /// What follows the name at `index` of `count` names: ", ", " and "
    /// (two names), ", and " (before the last of three or more), nil after
    /// the last.
    static func separator(after index: Int, of count: Int) -> String? {
        if index == count - 1 { return nil }
        if index == count - 2 { return count == 2 ? " and " : ", and " }
        return ", "
    }

    /// `names` joined with `separator(after:of:)`.
    static func text(_ names: [String]) -> String {
        names.enumerated().map { $0.element + (separator(after: $0.offset, of: names.count) ?? "") }.joined()
    }

    /// The authors' display names as a byline.
    static func authors(_ people: [Person]) -> String {
        text(people.map(\.name.display))
    }
}
