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

    /// The entries under one initial letter.
    typealias Group = (letter: String, entries: [Entry])

    /// Entries grouped under their initial letter, in order.
    static func groups(for papers: [(number: Int, paper: Paper)]) -> [Group] {
        // Each author once (by the name as printed, first spelling's parts),
        // with the numbers of their papers: one lookup per author, for its
        // place among the names met so far.
        var first: [(name: PersonName, numbers: [Int])] = []
        var places: [String: Int] = [:]
        for (number, paper) in papers {
            for author in paper.authors {
                let key = author.name.display
                if let place = places[key] {
                    if first[place].numbers.last != number { first[place].numbers.append(number) }
                } else {
                    places[key] = first.count
                    first.append((author.name, [number]))
                }
            }
        }
        // Each name's parts and sort key, on every core (NameParts and the
        // folding are per-character work), then sorted.
        let keyed = Parallel.mapChunks(first) { chunk in
            chunk.map { name, numbers -> ([String], Entry) in
                let parts = split(name)
                let entry = Entry(family: parts.family, given: parts.given, papers: numbers)
                return (sortKey(entry), entry)
            }
        }
        let sorted = keyed.sorted { $0.0.lexicographicallyPrecedes($1.0) }
        var groups: [Group] = []
        for (key, entry) in sorted {
            // The sort key starts with the folded family name without particles.
            let letter = initial(folded: key[0])
            if groups.last?.letter == letter {
                groups[groups.count - 1].entries.append(entry)
            } else {
                groups.append((letter, [entry]))
            }
        }
        return groups
    }

    /// Family and given names by the project's one rule (`NameParts`):
    /// explicit parts win, particles stay with the family name ("van der
    /// Pol"), a "Jr."-style suffix goes after the given name.
    static func split(_ name: PersonName) -> (family: String, given: String?) {
        let parts = NameParts(name)
        var given = parts.given
        if let suffix = parts.suffix { given += given.isEmpty ? suffix : ", " + suffix }
        return (parts.family, given.isEmpty ? nil : given)
    }

    /// The family name without leading particles: "van der Pol" is indexed
    /// under P, as Dutch and most English indexes do.
    static func sortingFamily(_ family: String) -> String {
        let words = family.split(separator: " ").map(String.init)
        let firstMain = words.firstIndex { !NameParts.isParticle($0) } ?? 0
        return words[firstMain...].joined(separator: " ")
    }

    /// Case- and accent-insensitive form; ASCII (most names) is just lowercased,
    /// which is what Foundation's folding gives it, without Foundation's cost.
    /// Folded without a locale: the same result as with the POSIX locale for
    /// every character up to U+2FFFF (checked one by one), and no locale
    /// object is made for each name.
    private static func folded(_ text: String) -> String {
        if text.isASCII { return text.lowercased() }
        // Each distinct text folded once: family and given names repeat
        // from author to author, and Foundation's folding is slow.
        return foldedTexts.value(for: ExactText(text)) { $0.text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
    }

    private static let foldedTexts = Memo<ExactText, String>()

    private static func sortKey(_ entry: Entry) -> [String] {
        [folded(sortingFamily(entry.family)), folded(entry.given ?? ""), entry.family, entry.given ?? ""]
    }

    /// The index letter: the `folded` family name's first letter (without accents).
    private static func initial(folded family: String) -> String {
        guard let first = family.first else { return "#" }
        return first.isLetter ? String(first).uppercased() : "#"
    }
}
