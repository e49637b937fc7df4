import Foundation

/// RFC 2047 encoded-words (`=?utf-8?b?...?=`) for header text that is not
/// printable ASCII, or that could be misread (`=?` in a word, words too long
/// to fold).
///
/// The B (base64) encoding is used: the same encoder then serves
/// unstructured text (`Subject`) and display names (`From`), where the Q
/// encoding has different character rules. Every encoded-word holds whole
/// characters (never part of a UTF-8 sequence, and a grapheme cluster is
/// kept together when it fits) and is at most `maxLength` characters long,
/// within RFC 2047's limit of 75.
enum EncodedWords {
    /// 68 = 78 - "Reply-To: ": an encoded-word fits the first line of every
    /// header this writer encodes.
    static let maxLength = 68
    static let prefix = "=?utf-8?b?"
    static let suffix = "?="

    /// UTF-8 bytes one encoded-word carries (base64 turns 3 bytes into 4).
    static var bytesPerWord: Int { (maxLength - prefix.count - suffix.count) / 4 * 3 }

    /// `text` as encoded-words. Decoders drop the white space between
    /// adjacent encoded-words, so the words may be folded freely.
    static func encode(_ text: String) -> [String] {
        chunks(of: text).map { prefix + Data($0.utf8).base64EncodedString() + suffix }
    }

    /// Pieces of `text` of at most `bytesPerWord` UTF-8 bytes, cut between
    /// grapheme clusters, or between scalars inside a cluster too long for
    /// one word.
    static func chunks(of text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        func add(_ part: String) {
            if current.utf8.count + part.utf8.count > bytesPerWord, !current.isEmpty {
                pieces.append(current)
                current = ""
            }
            current += part
        }
        for character in text {
            if String(character).utf8.count <= bytesPerWord {
                add(String(character))
            } else {
                for scalar in character.unicodeScalars { add(String(scalar)) }
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// True when `word` can appear in a header as itself: printable ASCII
    /// without `=?` and short enough to fit a folded line.
    static func isPlain(_ word: Substring) -> Bool {
        !word.isEmpty && word.count <= maxLength && !hasStart(word.utf8)
            && word.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) }
    }

    /// Whether `text` holds `=?`, which would start an encoded-word (by
    /// bytes: Foundation's substring search costs more than a mail's
    /// layout).
    static func hasStart<Bytes: Collection<UInt8>>(_ text: Bytes) -> Bool {
        var previous: UInt8 = 0
        for byte in text {
            if previous == UInt8(ascii: "="), byte == UInt8(ascii: "?") { return true }
            previous = byte
        }
        return false
    }
}
