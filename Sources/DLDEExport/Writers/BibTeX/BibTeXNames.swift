/// Writes `author` and `editor` lists as BibTeX reads them:
/// `Family, Given and Family, Jr., Given and {Single}`.
///
/// The family name keeps its particles ("van der Pol, Balthasar", which
/// BibTeX splits into von "van der" and last "Pol"); a name with no given
/// name is one braced token (`{Aristotle}`), so BibTeX takes it whole; a
/// word "and", a word with a comma, or one that starts or ends with "-" or
/// "~" is braced, so BibTeX never reads it as a separator. In UTF-8, a family name of several words whose word
/// starts with a non-ASCII letter is braced after its particles
/// (`{Ødegaard-Łukasik}`): classic BibTeX reads bytes, finds "d" as the
/// first letter of "Ødegaard", takes the word for a particle and prints
/// "Ødegaard Łukasik".
struct BibTeXNames {
    var text: BibTeXText
    /// Each name written once: at 10,000 papers an author appears on five
    /// papers on average, and a name's conversion is most of an entry's cost.
    private let written = Memo<PersonName.ExactKey, Result<String, NoASCIIForm>>()
    /// Each part (a given name, a family name) written once: parts repeat
    /// across names far more than whole names do.
    private let writtenParts = Memo<ExactText, Result<String, NoASCIIForm>>()
    /// Each family name written once: a family is shared by many names.
    private let writtenFamilies = Memo<ExactText, Result<String, NoASCIIForm>>()

    init(text: BibTeXText) {
        self.text = text
    }

    /// The names joined with " and ".
    func list(_ people: [Person]) throws(NoASCIIForm) -> String {
        var names: [String] = []
        for person in people { names.append(try name(person.name)) }
        return names.joined(separator: " and ")
    }

    /// One name in BibTeX's "von Last, Jr, First" form.
    func name(_ name: PersonName) throws(NoASCIIForm) -> String {
        try written.value(for: name.exactKey) { _ in Result { () throws(NoASCIIForm) in try convert(name) } }.get()
    }

    private func convert(_ name: PersonName) throws(NoASCIIForm) -> String {
        let parts = NameParts(name)
        if parts.given.isEmpty {
            let whole = [parts.family, parts.suffix ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
            return "{\(try part(whole))}"
        }
        var out = try family(parts.family)
        if let suffix = parts.suffix { out += ", " + (try part(suffix)) }
        return out + ", " + (try part(parts.given))
    }

    /// The family name; in UTF-8, its words after the particles braced when
    /// one of them starts with a non-ASCII letter.
    private func family(_ family: String) throws(NoASCIIForm) -> String {
        guard text.encoding == .utf8 else { return try part(family) }
        return try writtenFamilies.value(for: ExactText(family)) { key in Result { () throws(NoASCIIForm) in try bracedFamily(key.text) } }.get()
    }

    /// `family(_:)` in UTF-8, made once per family name.
    private func bracedFamily(_ family: String) throws(NoASCIIForm) -> String {
        let words = family.split(whereSeparator: \.isWhitespaceQuick).map(String.init)
        let particleCount = words.prefix { NameParts.particles.contains($0) }.count
        let rest = words[particleCount...]
        let tokens = rest.flatMap { $0.split(separator: "-") }
        guard tokens.count > 1, tokens.contains(where: { !($0.first?.isASCII ?? true) }) else { return try part(family) }
        let particles = words[..<particleCount].joined(separator: " ")
        let braced = "{" + (try part(rest.joined(separator: " "))) + "}"
        return particles.isEmpty ? braced : particles + " " + braced
    }

    /// A part's words, escaped; words BibTeX would take as structure braced.
    private func part(_ words: String) throws(NoASCIIForm) -> String {
        try writtenParts.value(for: ExactText(words)) { key in Result { () throws(NoASCIIForm) in try writePart(key.text) } }.get()
    }

    private func writePart(_ words: String) throws(NoASCIIForm) -> String {
        var out: [String] = []
        for word in words.split(whereSeparator: \.isWhitespaceQuick) {
            let escaped = try text.literal(String(word))
            // BibTeX splits names at "and" and commas, and takes "-" and "~"
            // for separators between tokens: a word "--" would vanish.
            // (A comma's byte first: Foundation's search is slow, and finds none without it.)
            let structural = (word.utf8.count == 3 && word.lowercased() == "and") || (word.utf8.contains(0x2C) && word.contains(","))
                || escaped.hasPrefix("-") || escaped.hasSuffix("-") || escaped.hasPrefix("~") || escaped.hasSuffix("~")
            out.append(structural ? "{\(escaped)}" : escaped)
        }
        return out.joined(separator: " ")
    }
}
