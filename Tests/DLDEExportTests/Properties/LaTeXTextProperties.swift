import Foundation
import PropertyBased
import Testing
@testable import DLDEExport

/// Text escaped for LaTeX (`CMarkText.latex`, which escapes every `{{value}}`
/// of the LaTeX templates) typesets back to the same text: XeLaTeX compiles
/// a batch of arbitrary strings with the booklet's preamble, pdftotext reads
/// the PDF back.
///
/// The alphabet is what the booklet's fonts set as written: ASCII letters,
/// digits, every TeX special, Latin letters with accents. Quotes, backticks
/// and dashes are left out because typesetting them typographically (’ “ –)
/// is the intended result, not a difference.
@Suite("Property: LaTeX-escaped text typesets to the same text")
struct LaTeXTextProperties {
    static let atoms = [
        "a", "Z", "q", "0", "7", " ", "&", "%", "$", "#", "_", "{", "}", "~", "^", "\\", "<", ">", "|", "@",
        ",", ";", ":", "=", "?", "*", "/", "[", "]", "!", "+", "(", ")", "é", "Ü", "ß", "ø", "ñ", "ç", "Ł", "œ",
        "\\input{x}", "\\end{document}", "$x^2$", "100%", "a_b", "{}", "}{", "\\\\", "~/",
    ]

    @Test(.shrinking(false)) func escapedTextTypesetsBackEqual() async throws {
        let generator = Gen.int(in: 0...(Self.atoms.count - 1)).array(of: 1...12).map { $0.map { Self.atoms[$0] }.joined() }
        await propertyCheck(count: 2, input: generator.array(of: 60...60)) { texts in
            Self.expectTypesetsBackEqual(texts)
        }
    }

    /// Found by the property above: pairs that TeX ligatures turn into
    /// one glyph (`,,` into „) must come back as two characters.
    @Test func ligaturePairsTypesetAsTwoCharacters() {
        Self.expectTypesetsBackEqual([",,", "$,,", "a,,,b", "x,, y", "ends with,,"])
    }

    static func expectTypesetsBackEqual(_ texts: [String]) {
        BookletLaTeX.expectTypesetsBackEqual(texts, scripts: false)
    }
}
