import PropertyBased
import Testing
@testable import DLDEExport

/// A text node is left whole when `mayCut` says it cannot be cut: for
/// random text and every kind of rule, `pieces` then gives one piece.
@Suite("Property: text nodes skipped by the cut test are never cut")
struct LaTeXTextPiecesProperties {
    static let atoms = ["a", "Z", "0", " ", "\t", "\n", ",", ",,", "!`", "?`", "!", "?", "`", "-", "--", "---", "|", "/", ".", "_",
                        "é", "λόγος", "\u{301}", "\u{200D}", "👩‍🔬", "https://example.org/a/b", "QQMATH3z", "QQMATH12z",
                        String(repeating: "x", count: 10), String(repeating: "y", count: 30)]

    static func rules(_ kind: Int) -> LaTeXTextPieces {
        var rules = LaTeXTextPieces(tableCell: kind & 1 != 0, visibleSpaces: kind & 2 != 0)
        if kind & 4 != 0 { rules.longRun = kind & 8 != 0 ? 24 : 12 }
        if kind & 16 != 0 { rules.placeholder = Array("QQMATH".utf8) }
        return rules
    }

    @Test func aTextThatMayNotBeCutIsOnePiece() async {
        let input = Gen.int(in: 0...(Self.atoms.count - 1)).array(of: 0...16)
        await propertyCheck(count: 3000, input: input) { indexes in
            let bytes = Array(indexes.map { Self.atoms[$0] }.joined().utf8)
            for kind in 0..<32 {
                let rules = Self.rules(kind)
                let pieces = rules.pieces(bytes)
                let mayCut = bytes.withUnsafeBufferPointer { rules.mayCut($0) }
                #expect(mayCut || pieces.count == 1, "rules \(kind): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            }
        }
    }

    @Test func eachReasonToCut() {
        func mayCut(_ text: String, _ rules: LaTeXTextPieces) -> Bool { Array(text.utf8).withUnsafeBufferPointer { rules.mayCut($0) } }
        #expect(!mayCut("plain words -- and a dash", LaTeXTextPieces()))
        #expect(mayCut("a,,b", LaTeXTextPieces()))
        #expect(mayCut("¡no!`", LaTeXTextPieces()))
        #expect(mayCut("a|b", LaTeXTextPieces(tableCell: true)) && !mayCut("a|b", LaTeXTextPieces()))
        #expect(mayCut("a b", LaTeXTextPieces(visibleSpaces: true)))
        var long = LaTeXTextPieces()
        long.longRun = 5
        #expect(mayCut("abcdef", long) && !mayCut("abcde abcde", long))
    }
}
