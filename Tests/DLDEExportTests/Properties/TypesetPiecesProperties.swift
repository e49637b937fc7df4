import PropertyBased
import Testing
@testable import DLDEExport

/// `program.tex` is typeset piece by piece into its file: for arbitrary
/// text of Latin, Hebrew, Arabic, CJK, emoji, combining marks, joiners,
/// characters no font has, spaces, punctuation and line ends, cut into
/// pieces of any size, the pieces give the bytes of the whole text typeset
/// at once.
@Suite("Property: the booklet typeset in pieces is typeset whole")
struct TypesetPiecesProperties {
    static let atoms = ["a", "é", "e\u{301}", "\u{301}", " ", "  ", "\n", "\n\n", ".", ",", "\\", "{", "}",
                        "שלום", "עולם", "مرحبا", "中文", "日本", "😀", "\u{200D}", "\u{200C}", "\u{FE0F}",
                        "\u{10380}", "∩", "Ω", "\u{2126}", "x\n", "\u{212B}", "\u{1100}\u{1161}", "한", "\u{11A8}", "\u{0958}"]

    /// `bytes` cut after the first line end at or past every `size` bytes
    /// (as `TemplateOutput(pieces:)` cuts the booklet, at other sizes).
    static func cut(_ bytes: [UInt8], near size: Int) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        var start = 0
        while start < bytes.count {
            var end = min(start + size, bytes.count)
            while end < bytes.count, bytes[end - 1] != UInt8(ascii: "\n") { end += 1 }
            pieces.append(Array(bytes[start..<end]))
            start = end
        }
        return pieces
    }

    @Test func piecesGiveTheWholeText() async {
        let text = Gen.int(in: 0...(Self.atoms.count - 1)).array(of: 0...40).map { $0.map { Self.atoms[$0] }.joined() }
        let input = zip(text, Gen.int(in: 1...24))
        await propertyCheck(count: 1500, input: input) { text, piece in
            let whole = Array(LaTeXCharacters.typeset(text).utf8)
            var pieces: [UInt8] = []
            let written = LaTeXCharacters.typeset(pieces: Self.cut(Array(text.utf8), near: piece)) { chunk in
                pieces += chunk
                return true
            }
            #expect(written)
            #expect(pieces == whole, "\(text.debugDescription), pieces of \(piece)")
        }
    }
}
