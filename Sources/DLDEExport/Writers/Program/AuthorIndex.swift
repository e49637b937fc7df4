import Foundation

/// The author index: every author of an accepted paper once, alphabetical
/// by family name, with the papers they wrote.
enum AuthorIndex {
    struct Entry {
        var family: String
        var given: String?
        /// Numbers of the papers (in the book of abstracts), ascending.
        var papers: [Int]
        /// "Family, Given" (or just the family name).
        var sortedName: String { given.map { "\(family), \($0)" } ?? family }
    }

    /// Entries grouped under their initial letter, in order.
    static func groups(for papers: [(number: Int, paper: Paper)]) -> [(letter: String, entries: [Entry])] {
        var byName: [String: Entry] = [:]
        var order: [String] = []
        for (number, paper) in papers {
            for author in paper.authors {
                let key = author.name.display
                if byName[key] == nil {
                    let parts = split(author.name)
                    byName[key] = Entry(family: parts.family, given: parts.given, papers: [])
                    order.append(key)
                }
                if byName[key]!.papers.last != number { byName[key]!.papers.append(number) }
            }
        }
        let entries = order.compactMap { byName[$0] }.sorted { sortKey($0).lexicographicallyPrecedes(sortKey($1)) }
        var groups: [(letter: String, entries: [Entry])] = []
        for entry in entries {
            let letter = initial(entry.family)
            if groups.last?.letter == letter {
                groups[groups.count - 1].entries.append(entry)
            } else {
                groups.append((letter, [entry]))
            }
        }
        return groups
    }

    /// Family and given names. Explicit parts win; otherwise the last word is
    /// the family name (a minimal rule: "Jr."-style suffixes are skipped).
    static func split(_ name: PersonName) -> (family: String, given: String?) {
        if let family = name.family {
            let given = name.given.flatMap { $0.isEmpty ? nil : $0 }
            return (family, given)
        }
        var words = name.display.split(separator: " ").map(String.init)
        guard words.count > 1 else { return (name.display, nil) }
        var suffix: String?
        if let last = words.last, ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"].contains(last.lowercased()), words.count > 2 {
            suffix = words.removeLast()
        }
        let family = words.removeLast()
        var given = words.joined(separator: " ")
        if let suffix { given += " " + suffix }
        return (family, given)
    }

    private static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: ProgramClock.posix)
    }

    private static func sortKey(_ entry: Entry) -> [String] {
        [folded(entry.family), folded(entry.given ?? ""), entry.family, entry.given ?? ""]
    }

    /// The index letter: the family name's first letter without accents.
    static func initial(_ family: String) -> String {
        guard let first = folded(family).first else { return "#" }
        return first.isLetter ? String(first).uppercased() : "#"
    }
}
