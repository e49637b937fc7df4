/// Escapes literal text (not Markdown) for a target with cmark-gfm's own
/// escapers, so one-line fields and Markdown fields are escaped alike.
public enum CMarkText {
    /// `text` escaped for HTML element content and attribute values.
    public static func html(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) { return text }
        let rendered = CMarkDocument(literalText: text).renderHTML()
        return strip(rendered, prefix: "<p>", suffix: "</p>\n")
    }

    /// Text escaped by `html(_:)` (or with `&#x27;`/`&#39;` for `'`) back as written.
    static func unescapeHTML(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        return text
            .replacingOccurrences(of: "&#x27;", with: "'")
            .replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// `text` escaped for LaTeX body text.
    public static func latex(_ text: String) -> String {
        // Template values are mostly names, numbers and ids, which the
        // renderer would give back unchanged (checked against it by a
        // property test): skip building a document for them.
        if isLaTeXAsIs(text) { return text }
        return latexThroughCMark(text)
    }

    static func latexThroughCMark(_ text: String) -> String {
        let document = CMarkDocument(literalText: text)
        document.separateLaTeXLigatures()
        let rendered = document.renderLaTeX()
        return rendered.hasSuffix("\n") ? String(rendered.dropLast()) : rendered
    }

    /// True for text of letters, digits, spaces, `.,:;()!?+=/@*-` and
    /// characters beyond ASCII, with no pair TeX joins (`TeXLigatures`:
    /// cmark-gfm or our ligature pass change those) and none of the
    /// characters cmark-gfm's LaTeX renderer writes as commands: the
    /// no-break space (`~`), curly quotes, en and em dashes, the ellipsis.
    static func isLaTeXAsIs(_ text: String) -> Bool {
        var previous: UInt8 = 0
        return text.withUTF8Bytes { bytes in
            for (index, byte) in bytes.enumerated() {
                if byte >= 0x80 {
                    // U+00A0 is C2 A0; the quotes, dashes and ellipsis are E2 80 xx.
                    if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return false }
                    if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, renderedPunctuation[Int(bytes[index + 2] & 0x3F)] {
                        return false
                    }
                } else {
                    guard latexAsIsByte[Int(byte)] else { return false }
                    if TeXLigatures.joins(previous, byte) { return false }
                }
                previous = byte
            }
            return true
        }
    }

    /// The last bytes (less 0x80) of U+2013, U+2014, U+2018, U+2019, U+201C,
    /// U+201D and U+2026, which follow E2 80.
    private static let renderedPunctuation: [Bool] = (0..<64).map { [0x13, 0x14, 0x18, 0x19, 0x1C, 0x1D, 0x26].contains($0) }

    private static let latexAsIsByte: [Bool] = (0..<128).map { value in
        let scalar = Unicode.Scalar(UInt8(value))
        return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || " .,:;()!?+=/@*-".unicodeScalars.contains(scalar)
    }

    private static func strip(_ text: String, prefix: String, suffix: String) -> String {
        var result = Substring(text)
        if result.hasPrefix(prefix) { result = result.dropFirst(prefix.count) }
        if result.hasSuffix(suffix) { result = result.dropLast(suffix.count) }
        return String(result)
    }
}
