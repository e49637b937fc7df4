/// Where raw LaTeX goes between the bytes of a text node, for cmark-gfm's
/// LaTeX renderer (which escapes text, but not for these cases):
/// - `{}` inside `,,` `` !` `` `` ?` ``, which pdfLaTeX's T1 fonts would
///   print as „ ¡ ¿;
/// - `\textbar{}` for `|` in a table cell: cmark-gfm's table extension puts
///   a backslash before it, and `\\textbar{}` ends the table row;
/// - `\dldewordbreak{}` (a break point: templates/partials/markdown.tex)
///   inside a run of characters without a space that is longer than `longRun` bytes (URLs, identifiers, long words): after
///   punctuation such as `/ . _ -` and at least every `every` bytes, only
///   between two characters (never inside a UTF-8 sequence, before a
///   combining mark or around a zero-width joiner);
/// - `\ ` for each space when `visibleSpaces` (code blocks keep their
///   indentation).
struct LaTeXTextPieces {
    var tableCell = false
    var longRun: Int? = nil
    var every = 10
    var visibleSpaces = false
    /// Words starting with these bytes and ending at the next `z` (math
    /// placeholders) are never cut.
    var placeholder: [UInt8]? = nil

    /// Whether `pieces(bytes)` could give more than one piece: a pair TeX
    /// joins (but `--`, which cmark-gfm breaks itself), a `|` in a table
    /// cell, a space shown, or a run without spaces longer than `longRun`.
    /// Most text nodes have none, and are left as they are without a look
    /// at each byte's neighbours.
    func mayCut(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let limit = longRun ?? Int.max
        var previous: UInt8 = 0
        var run = 0
        return Self.mayMatter.withUnsafeBufferPointer { mayMatter in
            for byte in bytes {
                // Most bytes are neither a space nor a byte of a pair nor
                // `|`: they only lengthen the run (one table lookup each).
                guard mayMatter[Int(byte)] else {
                    run += 1
                    if run > limit { return true }
                    previous = byte
                    continue
                }
                if previous != 0x2D, TeXLigatures.joins(previous, byte) { return true }
                if tableCell, byte == UInt8(ascii: "|") { return true }
                if Self.isSpace(byte) {
                    if visibleSpaces, byte == 0x20 { return true }
                    run = 0
                } else {
                    run += 1
                    if run > limit { return true }
                }
                previous = byte
            }
            return false
        }
    }

    /// The bytes `mayCut` looks at more closely: spaces, `|`, and the
    /// second bytes of the pairs TeX joins (`,` `` ` `` `-`).
    private static let mayMatter: [Bool] = (0...255).map { byte in
        let byte = UInt8(byte)
        return isSpace(byte) || byte == UInt8(ascii: "|") || (0...255).contains { TeXLigatures.joins(UInt8($0), byte) }
    }

    /// `bytes` as pieces of text, each followed by raw LaTeX (nil after the last).
    func pieces(_ bytes: [UInt8]) -> [(text: ArraySlice<UInt8>, raw: String?)] {
        var pieces: [(ArraySlice<UInt8>, String?)] = []
        var start = 0
        var runEnd = 0, inLongRun = false, sinceBreak = 0, keptUntil = 0
        for index in bytes.indices {
            let byte = bytes[index]
            var raw = ""
            if let placeholder, byte == placeholder.first, index >= keptUntil,
               bytes[index...].starts(with: placeholder) {
                keptUntil = index + placeholder.count
                while keptUntil < bytes.count, bytes[keptUntil] != UInt8(ascii: "z") { keptUntil += 1 }
                keptUntil += 1
            }
            if index > 0 {
                let previous = bytes[index - 1]
                // cmark-gfm's LaTeX renderer itself writes `-{}` before a hyphen.
                if previous != 0x2D, TeXLigatures.joins(previous, byte) {
                    raw += "{}"
                }
            }
            if let longRun, !Self.isSpace(byte) {
                if index >= runEnd {
                    runEnd = index
                    while runEnd < bytes.count, !Self.isSpace(bytes[runEnd]) { runEnd += 1 }
                    inLongRun = runEnd - index > longRun
                    sinceBreak = 0
                } else if inLongRun, index >= keptUntil {
                    sinceBreak += 1
                    let previous = bytes[index - 1]
                    if Self.startsCharacter(bytes, at: index),
                       sinceBreak >= every || (Self.isBreakAfter(previous) && Self.isAlphanumeric(byte)) {
                        raw += "\\dldewordbreak{}"
                        sinceBreak = 0
                    }
                }
            }
            var skip = 0
            if tableCell, byte == UInt8(ascii: "|") {
                raw += "\\textbar{}"
                skip = 1
            } else if visibleSpaces, byte == 0x20 {
                raw += "\\ "
                skip = 1
            }
            if !raw.isEmpty {
                pieces.append((bytes[start..<index], raw))
                start = index + skip
            }
        }
        pieces.append((bytes[start...], nil))
        return pieces
    }

    /// True when a new character (not a mark joining the one before)
    /// starts at `index`.
    static func startsCharacter(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return bytes[index - 1] < 0x80 || !isJoiner(scalarEnding(bytes, before: index)) }
        guard byte >= 0xC0, let scalar = scalar(bytes, at: index) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return false
        default: break
        }
        if (0xFE00...0xFE0F).contains(scalar.value) || (0x1F3FB...0x1F3FF).contains(scalar.value) { return false }
        return !isJoiner(scalarEnding(bytes, before: index))
    }

    private static func isJoiner(_ scalar: Unicode.Scalar?) -> Bool {
        scalar?.value == 0x200D
    }

    private static func scalar(_ bytes: [UInt8], at index: Int) -> Unicode.Scalar? {
        let length = bytes[index] >= 0xF0 ? 4 : bytes[index] >= 0xE0 ? 3 : bytes[index] >= 0xC0 ? 2 : 1
        guard index + length <= bytes.count else { return nil }
        return String(decoding: bytes[index..<(index + length)], as: UTF8.self).unicodeScalars.first
    }

    private static func scalarEnding(_ bytes: [UInt8], before index: Int) -> Unicode.Scalar? {
        var start = index - 1
        while start > 0, (0x80..<0xC0).contains(bytes[start]) { start -= 1 }
        return scalar(bytes, at: start)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Punctuation a long URL or identifier breaks after.
    static func isBreakAfter(_ byte: UInt8) -> Bool {
        "/.-_:=&?#,;@+".utf8.contains(byte)
    }
}
