/// URLs in `url` fields: written as they are (biblatex reads `url`
/// verbatim, and `\url` takes `%`, `#`, `_` and `~` literally), except that
/// characters a URL may not hold (braces, backslashes, spaces, quotes,
/// non-ASCII) are percent-encoded, so the field's braces always balance.
enum BibTeXURL {
    /// `url` with every character outside RFC 3986's set percent-encoded.
    static func escape(_ url: String) -> String {
        encode(url) { allowedInURL.contains($0) }
    }

    /// `text` as one query value: only RFC 3986's unreserved characters kept.
    static func queryValue(_ text: String) -> String {
        encode(text) { unreserved.contains($0) }
    }

    private static func encode(_ text: String, keeping keep: (UInt8) -> Bool) -> String {
        var out = ""
        for byte in text.utf8 {
            if keep(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    private static let unreserved: Set<UInt8> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
    )
    private static let allowedInURL: Set<UInt8> = unreserved.union("%:/?#[]@!$&'()*+,;=".utf8)
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
