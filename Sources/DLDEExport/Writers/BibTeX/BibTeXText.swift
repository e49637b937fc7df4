import Foundation

/// How non-ASCII characters are written into the `.bib` file.
public enum BibTeXEncoding: Sendable {
    /// UTF-8 for the letters pdfLaTeX's UTF-8 input knows (and for biber and
    /// biblatex); every other character with a LaTeX form as that form
    /// (`{$\cap$}`, `{\textonehalf}`); characters with none (CJK, emoji)
    /// as UTF-8, with a warning.
    case utf8
    /// ASCII only, with LaTeX accent commands, for classic BibTeX.
    case ascii
}

/// A character that `--ascii` cannot write (or, when `BibTeXText` reports
/// them, that the UTF-8 output keeps although pdfLaTeX does not know it).
struct NoASCIIForm: Error {
    var character: Character

    /// "'中' (U+4E2D)".
    var described: String {
        let codes = character.unicodeScalars.map { String(format: "U+%04X", $0.value) }.joined(separator: " ")
        return "'\(character)' (\(codes))"
    }
}

/// Turns model text into the inside of a braced BibTeX field value.
///
/// The result always has balanced braces, counted as BibTeX counts them
/// (BibTeX ignores backslashes: `\{` opens a group): literal characters
/// that TeX or BibTeX would read as markup are written as commands
/// (`\%`, `\&`, `\#`, `\_`, `\$`, `{\textbackslash}`, `{\textasciitilde}`,
/// `{\textbraceleft}`...). Braces the input balances are kept as BibTeX
/// groups (a title that arrives as `{GRAND}: ...` keeps its protection and
/// gets no more inside it); braces it does not balance are printed, never
/// passed on. TeX math (`$...$`, `\(...\)`) goes through `TeXMathSanitizer`
/// and is set as `{$...$}`, so no style changes its case. Runs of white
/// space (but no-break spaces) become one space.
struct BibTeXText {
    var encoding: BibTeXEncoding
    /// UTF-8 output only: throw for a character that has no LaTeX form, so
    /// the writer can warn about it (`BibTeXWriter.warnings`).
    var reportsUTF8 = false

    /// A title-like value: math kept as math, optional case protection.
    /// - Parameters:
    ///   - text: the field as written (may hold `$math$`).
    ///   - protectCase: brace acronyms and proper nouns (`TitleCaseProtection`).
    func value(_ text: String, protectCase: Bool) throws(NoASCIIForm) -> String {
        let normalized = text.nfc
        let segments = MathScanner.segments(normalized)
        var prose = ""
        for case .text(let piece) in segments { prose += piece }
        let keepBraces = BraceMarkup.balances(prose)
        var out = ""
        var depth = 0
        var word = ""
        var atStart = true
        func flushWord() throws(NoASCIIForm) {
            guard !word.isEmpty else { return }
            let protect = protectCase && depth == 0 ? TitleCaseProtection.protectedPrefixLength(word, isFirst: atStart) : 0
            if protect > 0 {
                out += "{"
                out += try literal(String(word.prefix(protect)))
                out += "}"
                out += try literal(String(word.dropFirst(protect)))
            } else {
                out += try literal(word)
            }
            word = ""
            atStart = false
        }
        for segment in segments {
            switch segment {
            case .math(let span):
                try flushWord()
                // An empty span ("\\(\\)") must not become `$$`, display math.
                let tex = try math(span.tex)
                out += "{$" + (tex.allSatisfy(\.isWhitespace) ? " " : tex) + "$}"
                atStart = false
            case .text(let piece):
                let characters = Array(piece)
                var index = 0
                while index < characters.count {
                    let character = characters[index]
                    index += 1
                    if character.isLetterQuick || character.isNumberQuick {
                        word.append(character)
                        continue
                    }
                    try flushWord()
                    if character == "\\", index < characters.count, characters[index] == "{" || characters[index] == "}" {
                        // `\{` and `\}` are literal braces (BraceMarkup): printed, never groups.
                        out += try escape(characters[index])
                        index += 1
                    } else if keepBraces && (character == "{" || character == "}") {
                        depth += character == "{" ? 1 : -1
                        out.append(character)
                    } else if Self.collapses(character) {
                        if !out.isEmpty && out.last != " " { out += " " }
                    } else {
                        Self.append(try escape(character), to: &out)
                    }
                }
            }
        }
        try flushWord()
        while out.last == " " { out.removeLast() }
        return out
    }

    /// Plain text (a name, a keyword, an address) with every special
    /// character escaped, braces included, and white space collapsed.
    func literal(_ text: String) throws(NoASCIIForm) -> String {
        // Most names and words: printable ASCII without a special character
        // is its own literal.
        if text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !Self.isSpecialByte[Int($0)] }), !TeXLigatures.hasPair(text) { return text }
        var out = ""
        let characters = Array(text.nfc)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if encoding == .utf8, character.isLetterQuick {
                // A word with a letter that has no LaTeX form (Ελένη, Дмитрий)
                // stays UTF-8 whole, not half commands and half UTF-8.
                var end = index
                while end < characters.count && (characters[end].isLetterQuick || characters[end].isNumberQuick) { end += 1 }
                let word = characters[index..<end]
                if let lacking = word.first(where: { !$0.isASCII && !Self.keptAsUTF8($0) && Self.latexForm($0) == nil }) {
                    if reportsUTF8 { throw NoASCIIForm(character: lacking) }
                    out += String(word)
                } else {
                    for letter in word { out += try escape(letter) }
                }
                index = end
                continue
            }
            if Self.collapses(character) {
                if !out.isEmpty && out.last != " " { out += " " }
            } else {
                Self.append(try escape(character), to: &out)
            }
            index += 1
        }
        while out.last == " " { out.removeLast() }
        // A pair kept apart (`Lists-{}-Tables`) is braced whole: biber's
        // initials of a hyphenated name break on braces between hyphens.
        return TeXLigatures.hasPair(text) ? "{" + out + "}" : out
    }

    /// One character, escaped for a braced BibTeX value in a LaTeX document.
    func escape(_ character: Character) throws(NoASCIIForm) -> String {
        if let special = Self.specials[character] { return special }
        if character.isASCII { return String(character) }
        switch encoding {
        case .ascii:
            guard let ascii = Self.latexForm(character) else { throw NoASCIIForm(character: character) }
            return ascii
        case .utf8:
            if Self.keptAsUTF8(character) { return String(character) }
            if let form = Self.latexForm(character) { return form }
            if reportsUTF8 { throw NoASCIIForm(character: character) }
            return String(character)
        }
    }

    /// True for a letter (or dash, quote) pdfLaTeX's UTF-8 input knows:
    /// the UTF-8 output keeps it as written.
    static func keptAsUTF8(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first, LaTeXTextForms.known.contains(where: { $0.contains(scalar.value) }) else { return false }
        return scalar.properties.isAlphabetic || (0x2013...0x201E).contains(scalar.value)
    }

    /// The LaTeX form of a non-ASCII character: accent commands and the
    /// letters and symbols `LaTeXAccents` knows (`{\"o}`, `{$\alpha$}`),
    /// else the text command pdfLaTeX's UTF-8 input stands for
    /// (`{\textonehalf}`), else a math command of the LaTeX kernel
    /// (`{$\cap$}`); nil when it has none.
    static func latexForm(_ character: Character) -> String? {
        if let accented = LaTeXAccents.ascii(character) { return accented }
        let nfc = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
        guard nfc.count == 1, let scalar = nfc.first else { return nil }
        if let text = LaTeXTextForms.text[scalar.value] { return "{" + text + "}" }
        if let math = LaTeXTextForms.math[scalar.value] { return "{$" + math + "$}" }
        return nil
    }

    /// The sanitised TeX of a math span, with escaped braces written as
    /// `\lbrace`/`\rbrace` (BibTeX would count `\{` as a group) and, in
    /// ASCII mode, `\text{é}` as `\text{{\'e}}`.
    func math(_ tex: String) throws(NoASCIIForm) -> String {
        let sanitized = TeXMathSanitizer.sanitize(tex)
        var out = ""
        var characters = sanitized.makeIterator()
        while let character = characters.next() {
            if character == "\\", let next = characters.next() {
                switch next {
                case "{": out += "\\lbrace "
                case "}": out += "\\rbrace "
                default: out.append(character); out += try mathCharacter(next)
                }
            } else {
                out += try mathCharacter(character)
            }
        }
        return out
    }

    private func mathCharacter(_ character: Character) throws(NoASCIIForm) -> String {
        if character.isASCII || encoding == .utf8 { return String(character) }
        guard let ascii = LaTeXAccents.ascii(character) else { throw NoASCIIForm(character: character) }
        return ascii
    }

    /// White space that becomes one space; no-break spaces are kept (a tie
    /// `~` in ASCII).
    static func collapses(_ character: Character) -> Bool {
        character.isWhitespace && character != "\u{00A0}" && character != "\u{202F}"
    }

    /// Appends `piece` to `out` with an empty group between two characters
    /// that TeX's fonts would join (`TeXLigatures`), so a literal
    /// `papers;--` stays two hyphens.
    static func append(_ piece: String, to out: inout String) {
        if let last = out.utf8.last, let first = piece.utf8.first, TeXLigatures.joins(last, first) {
            out += "{}"
        }
        out += piece
    }

    /// For each ASCII byte, whether it is one of `specials`.
    private static let isSpecialByte: [Bool] = (0..<128).map { specials[Character(Unicode.Scalar(UInt8($0)))] != nil }

    /// Characters that TeX or BibTeX would read as markup.
    static let specials: [Character: String] = [
        "\\": "{\\textbackslash}", "{": "{\\textbraceleft}", "}": "{\\textbraceright}",
        "%": "\\%", "#": "\\#", "&": "\\&", "$": "\\$", "_": "\\_",
        "~": "{\\textasciitilde}", "^": "{\\textasciicircum}",
        "<": "{\\textless}", ">": "{\\textgreater}", "|": "{\\textbar}",
        // Braced, so no reader takes `@inproceedings{` inside a value for the
        // start of an entry (bibtexparser v2 would split the entry there).
        "@": "{@}",
        // Unicode dashes as TeX writes them (the reader's font makes the dash).
        "\u{2013}": "--", "\u{2014}": "---",
    ]
}
