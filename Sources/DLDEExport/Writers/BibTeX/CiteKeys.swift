import Foundation

/// Cite keys in the ACL Anthology's scheme: `family-year-word`,
/// `family1-family2-year-word` or `family-etal-year-word`, where `word` is
/// the title's first word that is not a stop word, all slugified to
/// lower-case ASCII ("Björn Lütjens" → `lutjens`, "van der Pol" →
/// `van-der-pol`).
///
/// Clashes: the paper with the smallest id keeps the plain key; the others
/// add the title's next word (`...-neural-ode`), and when that is taken too
/// or there is none, `-2`, `-3`... on the plain key. Papers are taken in
/// order of (plain key, id), so the keys do not depend on the input order,
/// and the work is a sort and one pass with hash sets: 10,000 papers that
/// all clash take no longer than 10,000 that do not.
enum CiteKeys {
    /// A unique key for each paper, by paper id.
    /// - Parameters:
    ///   - papers: the accepted papers.
    ///   - year: the workshop's year.
    ///   - reserved: keys already used in the file (the workshop's own).
    static func assign(_ papers: [Paper], year: Int, reserved: Set<String>) -> [String: String] {
        struct Candidate {
            var id: String
            var plain: String
            var nextWord: String?
        }
        // Slugs on every core (ICU transliterates every non-ASCII name and
        // title), each family name's once.
        let families = Memo<ExactText, String>()
        var candidates = Parallel.mapChunks(papers) { chunk in
            chunk.map { paper in
                let words = titleWords(paper.title.source)
                let plain = "\(namePart(paper.authors, families: families))-\(year)-\(words.first ?? "untitled")"
                return Candidate(id: paper.id, plain: plain, nextWord: words.dropFirst().first)
            }
        }
        candidates.sort { ($0.plain, $0.id) < ($1.plain, $1.id) }

        var taken = reserved
        var keys: [String: String] = [:]
        var clashing: [Candidate] = []
        for candidate in candidates {
            if taken.insert(candidate.plain).inserted {
                keys[candidate.id] = candidate.plain
            } else {
                clashing.append(candidate)
            }
        }
        var nextNumber: [String: Int] = [:]
        for candidate in clashing {
            if let word = candidate.nextWord, taken.insert("\(candidate.plain)-\(word)").inserted {
                keys[candidate.id] = "\(candidate.plain)-\(word)"
                continue
            }
            var number = nextNumber[candidate.plain] ?? 2
            while !taken.insert("\(candidate.plain)-\(number)").inserted { number += 1 }
            keys[candidate.id] = "\(candidate.plain)-\(number)"
            nextNumber[candidate.plain] = number + 1
        }
        return keys
    }

    /// `family`, `family1-family2` or `family-etal`.
    /// - Parameter slugs: each family name's slug, by its bytes
    ///   (`ExactText`: each spelling slugged from its own bytes); many people
    ///   share a family name. The name's parts are `NameParts`' own memo.
    static func namePart(_ authors: [Person], families slugs: Memo<ExactText, String> = Memo()) -> String {
        let families = authors.prefix(2).map { person -> String in
            slugs.value(for: ExactText(NameParts(person.name).family)) { family in
                let slug = slugWords(family.text).joined(separator: "-")
                return slug.isEmpty ? "anonymous" : slug
            }
        }
        switch authors.count {
        case 0: return "anonymous"
        case 1: return families[0]
        case 2: return "\(families[0])-\(families[1])"
        default: return "\(families[0])-etal"
        }
    }

    /// The title's slugified words that are not stop words (math left
    /// out); all its words if every one is a stop word.
    static func titleWords(_ title: String) -> [String] {
        var prose = ""
        for segment in MathScanner.segments(title) {
            if case .text(let text) = segment { prose += text } else { prose += " " }
        }
        let words = slugWords(prose)
        let content = words.filter { !stopWords.contains($0) }
        return content.isEmpty ? words : content
    }

    /// Lower-case ASCII words of `text`: transliterated to Latin, accents
    /// dropped, apostrophes removed ("Euler's" → `eulers`), split at
    /// anything else that is not a letter or digit.
    static func slugWords(_ text: String) -> [String] {
        if text.isASCII { return asciiSlugWords(text) }
        var folded = text.lowercased()
        if !folded.isASCII {
            folded = folded.applyingTransform(asciiTransform, reverse: false) ?? folded
        }
        folded.removeAll { $0 == "'" || $0 == "\u{2019}" }
        return folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
    }

    /// `slugWords` of ASCII text, by bytes: lower-cased, apostrophes
    /// removed, split at every byte that is not a letter or digit.
    private static func asciiSlugWords(_ text: String) -> [String] {
        var words: [String] = []
        var word: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            case UInt8(ascii: "'"): continue
            default:
                if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    private static let asciiTransform = StringTransform("Any-Latin; Latin-ASCII; Lower")

    /// Words a key never starts from (English function words).
    static let stopWords: Set<String> = [
        "a", "about", "above", "across", "after", "against", "all", "along", "among", "an", "and", "any",
        "are", "as", "at", "be", "been", "before", "behind", "being", "below", "between", "beyond", "both",
        "but", "by", "can", "could", "do", "does", "down", "during", "each", "either", "every", "for",
        "from", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "may", "more", "most",
        "near", "neither", "no", "nor", "not", "of", "off", "on", "onto", "or", "our", "out", "over",
        "per", "should", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these",
        "they", "this", "those", "through", "to", "toward", "towards", "under", "up", "upon", "us",
        "via", "was", "we", "were", "what", "when", "where", "which", "while", "who", "why", "will",
        "with", "within", "without", "would", "you", "your",
    ]
}
