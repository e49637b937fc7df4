import PropertyBased
import Testing
@testable import DLDEExport

/// `CMarkText.latex` skips cmark-gfm for text it would give back unchanged:
/// for arbitrary strings over that alphabet (and beyond it), the result is
/// what cmark-gfm's LaTeX renderer and the ligature pass make.
@Suite("Property: the LaTeX escaper's shortcut agrees with cmark-gfm")
struct LaTeXFastPathProperties {
    static let atoms = ["a", "Z", "0", "9", " ", "  ", ".", ",", ":", ";", "(", ")", "!", "?", "+", "=", "/", "@", "*", "-",
                        "--", ",,", "!`", "?`", "...", "'", "\"", "[", "]", "~", "^", "_", "&", "%", "é", "\t", "\n"]

    @Test func shortcutMatchesTheRenderer() async {
        let input = Gen.int(in: 0...(Self.atoms.count - 1)).array(of: 0...12).map { $0.map { Self.atoms[$0] }.joined() }
        await propertyCheck(count: 2000, input: input) { text in
            #expect(CMarkText.latex(text) == CMarkText.latexThroughCMark(text), "\(text.debugDescription)")
        }
    }

    @Test func shortcutTakesNamesAndNumbers() {
        #expect(CMarkText.isLaTeXAsIs("Jean-Pierre O Neil, Jr. 42"))
        #expect(CMarkText.isLaTeXAsIs(""))
        #expect(!CMarkText.isLaTeXAsIs("a--b"))
        #expect(!CMarkText.isLaTeXAsIs("a,,b"))
        #expect(!CMarkText.isLaTeXAsIs("O'Neil"))
        #expect(!CMarkText.isLaTeXAsIs("Müller"))
    }
}
