import PropertyBased
import Testing
@testable import DLDEExport

/// The mail layout on bytes against its former self on characters
/// (`PlainTextLayoutOracle`): the same text for random lines made of
/// spaces, tabs, line ends, words of every script, combining and prepended
/// marks, joiners, emoji, URLs, list markers and labels, at several widths.
@Suite("Mail: the byte layout agrees with the character layout")
struct PlainTextLayoutAgreementTests {
    static let atoms = [
        " ", "  ", "   ", "\t", "\n", "\n\n", "\r\n", "\r", "-- ", "- ", "* ", "12. ", "09:00-09:15  ", "word", "Wort",
        "λόγος", "Σχρέντινγκερ", "é", "e\u{301}", " \u{301}", "\u{301}", " \u{200D}", "\u{200D}", "\u{600} ", " \u{600}", "\u{E33}",
        " \u{E33}", "👩‍🔬", "🇫🇷", " 🏻", "中文字", "https://example.org/a/very/long/path/that/does/not/fit", "<https://x.org/y>",
        "mailto:a@example.org", "(see", "it).", String(repeating: "long", count: 12), String(repeating: "ü", count: 30),
        "\u{1100}\u{1161}", " \u{1161}", "a\u{0308}\u{0301}",
    ]

    @Test func randomMailText() async {
        await propertyCheck(count: 3000, input: Gen.int(in: 0...(Self.atoms.count - 1)).array(of: 0...40)) { indexes in
            let text = indexes.map { Self.atoms[$0] }.joined()
            for width in [8, 20, 72] {
                #expect(PlainTextLayout.layout(text, width: width) == PlainTextLayoutOracle.layout(text, width: width),
                        "width \(width): \(text.debugDescription)")
            }
        }
    }

    @Test func everySpaceNextToEveryKindOfScalar() {
        // Each scalar class Swift's grapheme breaking treats apart, on either side of a space.
        let neighbours: [Unicode.Scalar] = ["a", "é", "\u{301}", "\u{200D}", "\u{200C}", "\u{600}", "\u{E33}", "\u{903}", "\u{1F3FB}",
                                            "\u{1F469}", "\u{1F1EB}", "\u{1100}", "\u{1161}", "\u{11A8}", "\u{AC00}", "\u{FE0F}", "\u{E0020}"]
        for left in neighbours {
            for right in neighbours {
                let line = "start " + String(left) + " " + String(right) + " " + String(repeating: "x", count: 10) + " end"
                for width in [6, 10, 14] {
                    #expect(PlainTextLayout.layout(line, width: width) == PlainTextLayoutOracle.layout(line, width: width),
                            "\(line.unicodeScalars.map { String($0.value, radix: 16) }) at width \(width)")
                }
            }
        }
    }
}
