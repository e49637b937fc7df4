import PropertyBased
import Testing
@testable import DLDEExport

/// `CMarkText.latex` skips cmark-gfm for text it would give back unchanged
/// (names and ids, in any script):
/// for arbitrary strings over that alphabet (and beyond it), the result is
/// what cmark-gfm's LaTeX renderer and the ligature pass make.
@Suite("Property: the LaTeX escaper's shortcut agrees with cmark-gfm")
struct LaTeXFastPathProperties {
    static let atoms = ["a", "Z", "0", "9", " ", "  ", ".", ",", ":", ";", "(", ")", "!", "?", "+", "=", "/", "@", "*", "-",
                        "--", ",,", "!`", "?`", "...", "'", "\"", "[", "]", "~", "^", "_", "&", "%", "é", "\t", "\n",
                        // Beyond ASCII: the characters the renderer writes as commands, their neighbours, and others.
                        "\u{00A0}", "\u{00A1}", "\u{2026}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2013}", "\u{2014}",
                        "\u{2012}", "\u{2015}", "\u{201A}", "\u{201E}", "\u{2022}", "\u{2027}", "\u{2010}", "\u{0080}", "\u{00FF}"]
                        + HostileStrings.atoms

    @Test func shortcutMatchesTheRenderer() async {
        let input = Gen.int(in: 0...(Self.atoms.count - 1)).array(of: 0...12).map { $0.map { Self.atoms[$0] }.joined() }
        await propertyCheck(count: 5000, input: input) { text in
            #expect(CMarkText.latex(text) == CMarkText.latexThroughCMark(text), "\(text.debugDescription)")
        }
    }

    @Test func shortcutTakesNamesAndNumbers() {
        #expect(CMarkText.isLaTeXAsIs("Jean-Pierre O Neil, Jr. 42"))
        #expect(CMarkText.isLaTeXAsIs(""))
        #expect(!CMarkText.isLaTeXAsIs("a--b"))
        #expect(!CMarkText.isLaTeXAsIs("a,,b"))
        #expect(!CMarkText.isLaTeXAsIs("O'Neil"))
        #expect(CMarkText.isLaTeXAsIs("Müller"))
        #expect(CMarkText.isLaTeXAsIs("Σχρέντινγκερ 中文 🙂"))
        #expect(!CMarkText.isLaTeXAsIs("a\u{00A0}b"))
        #expect(!CMarkText.isLaTeXAsIs("Müller\u{2013}Lüdenscheid"))
        #expect(!CMarkText.isLaTeXAsIs("\u{2019}"))
        #expect(!CMarkText.isLaTeXAsIs("a\u{2026}"))
    }
}
