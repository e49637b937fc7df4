import Foundation
import PropertyBased

/// Generators of the text authors type: ASCII specials of every target,
/// accents, combining marks, other scripts, right-to-left text, emoji with
/// joiners, invisible characters, line breaks and long words.
enum HostileStrings {
    static let atoms: [String] = [
        "a", "Z", "0", " ", "  ", "\t", "\n", "\r\n",
        "&", "<", ">", "\"", "'", "`", "\\", "{", "}", "[", "]", "$", "%", "#", "_", "^", "~", "@", ",", ";", ":", "=", "?", "|", "*", "/",
        "&amp;", "</script>", "<![CDATA[", "]]>", "\\input{x}", "\\write18{y}", "--", "---", "``", "''", "...", "=?utf-8?q?x?=",
        "é", "Ü", "ß", "ø", "Ł", "ñ", "ç", "œ", "e\u{301}", "a\u{308}\u{323}", "ǅ",
        "Ω", "λ", "Ж", "ы", "ệ", "Việt", "中", "文字", "日本語", "한국어", "ไทย", "हिन्दी",
        "שלום", "مرحبا", "\u{202E}", "\u{202C}", "\u{2066}", "\u{2069}", "\u{200F}",
        "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{00A0}", "\u{2028}", "\u{00AD}",
        "🙂", "🚀", "👩‍🔬", "🏳️‍🌈", "👍🏽", "🇫🇷", "𝔘", "𝒪",
        "Pneumonoultramicroscopicsilicovolcanoconiosis",
        "From ", "\n.\n", "-- ",
    ]

    /// Strings of 0 to `maximum` atoms.
    static func text(maximum: Int = 24) -> Generator<String, AnySequence<Any>> {
        Gen.int(in: 0...(atoms.count - 1)).array(of: 0...maximum).map { indexes in
            indexes.map { atoms[$0] }.joined()
        }.eraseToAny()
    }

    /// One-line texts (no line breaks), as titles and names are after loading.
    static func line(maximum: Int = 24) -> Generator<String, AnySequence<Any>> {
        text(maximum: maximum).map { text in
            text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
                .replacingOccurrences(of: "\u{2028}", with: " ")
        }.eraseToAny()
    }
}
