/// One header field of a message, folded at 78 columns: `Name: value`,
/// continuation lines starting with a space (RFC 5322 section 2.2.3).
///
/// A value is given as tokens that are separated by one space, any of which
/// may become a line break: the data never chooses where a line ends, so no
/// value can start a header line of its own.
struct HeaderField {
    var name: String
    var tokens: [String]

    static let lineLimit = 78

    /// `Name: token token` with lines folded between tokens. Tokens longer
    /// than a line (an address) stay whole on a line of their own.
    func folded() -> String {
        var text = name + ":"
        var lineLength = text.count
        for token in tokens {
            if lineLength + 1 + token.count > Self.lineLimit, lineLength > name.count + 1 {
                text += "\r\n"
                lineLength = 0
            }
            text += " " + token
            lineLength += 1 + token.count
        }
        return text
    }

    /// Tokens for unstructured text (a subject): plain words stay as they
    /// are; each run of words that are not printable ASCII (or are too long,
    /// or contain `=?`) becomes encoded-words together with the spaces
    /// inside it. Text with other white space than single spaces between
    /// words is encoded whole, so the decoded text is exactly `text`.
    static func unstructured(_ text: String) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard words.allSatisfy({ !$0.isEmpty }) else { return EncodedWords.encode(text) }
        var tokens: [String] = []
        var run: [Substring] = []
        func flushRun() {
            if !run.isEmpty { tokens += EncodedWords.encode(run.joined(separator: " ")) }
            run = []
        }
        for word in words {
            if EncodedWords.isPlain(word) {
                flushRun()
                tokens.append(String(word))
            } else {
                run.append(word)
            }
        }
        flushRun()
        return tokens
    }
}
