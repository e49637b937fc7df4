/// The last pass over a rendered mail body: every line fits `width`
/// columns (Unicode scalars, as mail clients and Python count characters)
/// unless it holds a single URL that cannot be broken.
///
/// - Line ends become `\n`; trailing blanks go, except on the `-- `
///   signature separator; runs of blank lines shrink to one; the text ends
///   with exactly one line end.
/// - A line over `width` is wrapped at spaces. Its continuation lines hang
///   under the text after a leading marker: a list marker (`- `, `* `,
///   `1. `) or a label followed by two spaces (`09:00-09:15  Title`);
///   otherwise under the line's own indentation.
/// - A word that does not fit a line by itself is cut at character
///   boundaries, unless it is a URL (`scheme://...`, `<...>`), which stays
///   whole on a line of its own so it can still be clicked.
///
/// Lines and words are found in the UTF-8 bytes: a word ends at a space
/// that is a character of its own (`SpaceBreaks`), as splitting the line's
/// characters at `" "` would find it, without breaking every line into
/// graphemes (the mails of 10,000 papers are megabytes of text).
public enum PlainTextLayout {
    public static func layout(_ text: String, width: Int = 72) -> String {
        var normalized = text.utf8.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        var out: [UInt8] = []
        normalized.withUTF8 { bytes in
            out.reserveCapacity(bytes.count + bytes.count / 16 + 1)
            var breaks = SpaceBreaks()
            /// Whether no line was written yet or the last one was empty.
            var afterBlank = true
            /// Empty lines held back until a line with text follows them.
            var pendingBlanks = 0
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if !line.elementsEqual("-- ".utf8) {
                    while let last = line.last, last == 0x20 || last == 0x09 { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
                }
                if line.isEmpty {
                    if afterBlank { continue }
                    afterBlank = true
                    pendingBlanks += 1
                    continue
                }
                for _ in 0..<pendingBlanks { out.append(0x0A) }
                pendingBlanks = 0
                wrap(line, width: width, breaks: &breaks) { piece in
                    out.append(contentsOf: piece)
                    out.append(0x0A)
                }
                afterBlank = false
            }
        }
        // Trailing blank lines are dropped; the text ends with one line end.
        if out.isEmpty { out.append(0x0A) }
        return String(decoding: out, as: UTF8.self)
    }

    static func columns(_ text: some StringProtocol) -> Int { text.unicodeScalars.count }

    /// Columns of UTF-8 `bytes`: its scalars, one per byte that starts one.
    static func columns(_ bytes: some Collection<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// `line` (UTF-8, no line end) as lines of at most `width` columns (see
    /// the type's notes), each handed to `emit`.
    static func wrap(_ line: UnsafeBufferPointer<UInt8>, width: Int, breaks: inout SpaceBreaks, emit: (ArraySlice<UInt8>) -> Void) {
        guard columns(line) > width else { return emit(ArraySlice(line)) }
        var indentCount = 0
        while indentCount < line.count, line[indentCount] == 0x20, breaks.isAlone(line, at: indentCount) { indentCount += 1 }
        let text = String(decoding: line, as: UTF8.self)
        let indent = String(repeating: " ", count: indentCount)
        var hang = Array(hangingIndent(of: text, indent: indent).utf8)
        if columns(hang) > width / 2 { hang = indentCount > width / 2 ? [] : Array(indent.utf8) }
        let hangColumns = columns(hang)
        var current = Array(indent.utf8)
        var currentColumns = indentCount
        var hasWord = false
        var wordStart = indentCount
        var index = indentCount
        while index <= line.count {
            // A word ends at a space of its own, or at the line's end.
            guard index == line.count || (line[index] == 0x20 && breaks.isAlone(line, at: index)) else {
                index += 1
                continue
            }
            let word = UnsafeBufferPointer(rebasing: line[wordStart..<index])
            index += 1
            wordStart = index
            if word.isEmpty { continue }
            let wordColumns = columns(word)
            let separatorColumns = hasWord ? 1 : 0
            if currentColumns + separatorColumns + wordColumns <= width {
                if hasWord { current.append(0x20) }
                current += word
                currentColumns += separatorColumns + wordColumns
                hasWord = true
                continue
            }
            if hasWord {
                emit(current[...])
                current = hang
                currentColumns = hangColumns
                hasWord = false
            }
            let wordText = Substring(String(decoding: word, as: UTF8.self))
            if currentColumns + wordColumns <= width || isURL(wordText) {
                current += word
                currentColumns += wordColumns
                hasWord = true
                continue
            }
            // A word longer than a line: cut it at character boundaries.
            var piece = ""
            var pieceColumns = 0
            for character in wordText {
                let characterColumns = character.unicodeScalars.count
                if currentColumns + pieceColumns + characterColumns > width, !piece.isEmpty {
                    emit((current + piece.utf8)[...])
                    current = hang
                    currentColumns = hangColumns
                    piece = ""
                    pieceColumns = 0
                }
                piece.append(character)
                pieceColumns += characterColumns
            }
            current += piece.utf8
            currentColumns += pieceColumns
            hasWord = true
        }
        emit(current[...])
    }

    /// The indentation continuation lines of `line` get.
    static func hangingIndent(of line: String, indent: String) -> String {
        let text = line.dropFirst(indent.count)
        for marker in ["- ", "* ", "+ "] where text.hasPrefix(marker) {
            return indent + String(repeating: " ", count: marker.count)
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3, text.dropFirst(digits.count).hasPrefix(". ") {
            return indent + String(repeating: " ", count: digits.count + 2)
        }
        // Two spaces' bytes first: Foundation's search is slow, and finds none without them.
        if Self.hasTwoSpaces(text.utf8), let gap = text.range(of: "  ") {
            let label = text[..<gap.lowerBound]
            var after = gap.upperBound
            while after < text.endIndex, text[after] == " " { after = text.index(after: after) }
            if !label.isEmpty, after < text.endIndex {
                return indent + String(repeating: " ", count: columns(text[..<after]))
            }
        }
        return indent
    }

    private static func hasTwoSpaces(_ bytes: Substring.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x20, previous == 0x20 { return true }
            previous = byte
        }
        return false
    }

    /// A word that must not be cut: a URL, bare or in angle brackets.
    static func isURL(_ word: Substring) -> Bool {
        var core = word
        while let last = core.last, ".,;:)>".contains(last) { core = core.dropLast() }
        while let first = core.first, "(<".contains(first) { core = core.dropFirst() }
        if core.hasPrefix("mailto:") { return true }
        guard let scheme = core.range(of: "://") else { return false }
        let name = core[..<scheme.lowerBound]
        return !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
