/// A person's name split into the parts bibliographies need: given names,
/// the family name (with its particles: "van der Pol", "de la Fuente") and
/// a generational suffix ("Jr.", "III").
///
/// A name written as `{given, family}` is taken as written. A name written
/// as one string is split by `split(_:)`:
/// - "Family, Given" (one comma) is honoured as BibTeX writes it;
/// - otherwise the family name starts at the first particle that follows a
///   given name ("Balthasar van der Pol", "Filipe de Avila Belbute-Peres"),
///   else it is the last word ("Juan-Pablo Ortega"); a trailing "Jr.", "Sr.",
///   "II", "III" or "IV" is the suffix;
/// - a single word is a family name with no given name ("Aristotle"), and
///   so is a name that starts with a lower-case particle ("van Gogh").
///
/// Organisers whose names these rules get wrong (family name first, a
/// multi-word family name without particles: "Gabriel García Márquez")
/// write the name as `{given, family}`.
public struct NameParts: Sendable, Hashable {
    /// Given names, possibly empty ("Balthasar", "Benjamin P.").
    public var given: String
    /// The family name with its particles ("van der Pol"); never empty for
    /// a non-empty name.
    public var family: String
    /// A generational suffix ("Jr."), if any.
    public var suffix: String?

    public init(given: String, family: String, suffix: String? = nil) {
        self.given = given
        self.family = family
        self.suffix = suffix
    }

    /// The parts of `name`: its own `{given, family}` when it has them,
    /// otherwise `split(name.display)`. Each name is split once per
    /// process: the author index, the `.bib`'s names and its cite keys all
    /// ask, for thousands of authors.
    public init(_ name: PersonName) {
        self = Self.known.value(for: name.exactKey) { _ in
            if let family = name.family {
                return NameParts(given: Self.collapse(name.given ?? ""), family: Self.collapse(family))
            }
            return Self.split(name.display)
        }
    }

    private static let known = Memo<PersonName.ExactKey, NameParts>()

    /// True when the name is a single family name with no given name
    /// (written "Aristotle" or `{family: Aristotle}`).
    public var isSingleName: Bool { given.isEmpty && suffix == nil }

    /// Splits a name written as one string (see the type's rules).
    /// - Parameter whole: the name as written, e.g. "Balthasar van der Pol".
    public static func split(_ whole: String) -> NameParts {
        let commaParts = whole.split(separator: ",", omittingEmptySubsequences: false)
        if commaParts.count == 2 {
            let family = collapse(String(commaParts[0])), given = collapse(String(commaParts[1]))
            if !family.isEmpty { return NameParts(given: given, family: family) }
        }
        var words = whole.split(whereSeparator: \.isWhitespaceQuick).map(String.init)
        guard words.count > 1 else { return NameParts(given: "", family: words.first ?? "") }
        var suffix: String?
        if words.count > 2, let last = words.last, suffixes.contains(last) {
            suffix = last
            words.removeLast()
        }
        // The family name starts at the first particle after a given name,
        // as long as a word follows the particle; a name that starts with a
        // lower-case particle ("van Gogh") is all family name.
        if particles.contains(words[0]) {
            return NameParts(given: "", family: words.joined(separator: " "), suffix: suffix)
        }
        var familyStart = words.count - 1
        for index in 1..<(words.count - 1) where isParticle(words[index]) {
            familyStart = index
            break
        }
        return NameParts(
            given: words[..<familyStart].joined(separator: " "),
            family: words[familyStart...].joined(separator: " "),
            suffix: suffix
        )
    }

    /// True when `word` is a family-name particle: one of `particles`, or a
    /// capitalised one of `capitalisedParticles` ("Van", "De").
    public static func isParticle(_ word: String) -> Bool {
        particles.contains(word) || capitalisedParticles.contains(word)
    }

    /// Particles written in lower case, as BibTeX's "von" part.
    public static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "del", "della", "dei", "degli", "di", "da", "das", "dos", "do",
        "du", "des", "la", "le", "les", "lo", "ter", "ten", "te", "zu", "zur", "af", "av", "al", "el",
        "bin", "binti", "bint", "ibn", "ben", "d'", "l'", "van't", "'t",
    ]

    /// Particles also recognised capitalised, in the middle of a name only
    /// ("Benjamin Van Durme", "Alessandro De Palma"). Short capitalised
    /// words that are often given names ("Da", "Di", "Le") are left out.
    public static let capitalisedParticles: Set<String> = [
        "Van", "Von", "Der", "Den", "Ter", "Ten", "De", "Del", "Della", "Dos", "Van't",
    ]

    /// Generational suffixes recognised at the end of a name.
    public static let suffixes: Set<String> = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]

    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
