/// Pairs of characters that TeX's text fonts join into one glyph: `--` (an
/// en dash; `---` is two such pairs), `,,` („), `` !` `` (¡) and `` ?` `` (¿).
/// Every writer of LaTeX or BibTeX keeps them apart with an empty group.
enum TeXLigatures {
    /// Whether the bytes `first`, `second` in that order form such a pair.
    static func joins(_ first: UInt8, _ second: UInt8) -> Bool {
        (first == 0x2D && second == 0x2D) || (first == 0x2C && second == 0x2C)
            || ((first == 0x21 || first == 0x3F) && second == 0x60)
    }

    /// Whether `text` holds such a pair.
    static func hasPair(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if joins(previous, byte) { return true }
            previous = byte
        }
        return false
    }
}
