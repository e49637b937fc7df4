@testable import DLDEExport
import Testing

/// The ASCII fast paths of `Character`'s properties (`isWhitespaceQuick`
/// and the others) give the standard library's answers: every ASCII
/// character, CR LF, and non-ASCII characters of every kind.
@Suite("Properties: quick character properties")
struct CharacterPropertiesTests {
    static let characters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + [
        "\r\n", "\u{85}", "\u{A0}", "\u{2003}", "\u{2028}", "\u{3000}", "\u{FEFF}",
        "é", "É", "e\u{301}", "ß", "ǅ", "Σ", "ж", "Ж", "路", "ا", "٣", "५", "²", "½", "Ⅻ", "ⅻ",
        "😀", "🇩🇪", "👩‍🔬", "\u{301}", "Ａ", "ａ", "０", "K", "İ", "ﬁ",
    ]

    @Test func quickPropertiesAnswerAsTheStandardOnes() {
        for character in Self.characters {
            let name = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
            #expect(character.isWhitespaceQuick == character.isWhitespace, "\(name)")
            #expect(character.isLetterQuick == character.isLetter, "\(name)")
            #expect(character.isNumberQuick == character.isNumber, "\(name)")
            #expect(character.isUppercaseQuick == character.isUppercase, "\(name)")
        }
    }
}
