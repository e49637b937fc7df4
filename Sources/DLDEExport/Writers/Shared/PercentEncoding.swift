/// Percent-encoding (RFC 3986) by bytes of UTF-8, the one place every
/// writer encodes URL parts.
enum PercentEncoding {
    /// `text` as one query value or path segment: only RFC 3986's
    /// unreserved characters kept (`ab c&d=1` → `ab%20c%26d%3D1`).
    static func component(_ text: String) -> String {
        encode(text) { unreserved.contains($0) }
    }

    /// `url` with every character a URL may not hold (braces, backslashes,
    /// spaces, quotes, non-ASCII) percent-encoded; `%` and the delimiters
    /// stay as written. The form for BibTeX's `url` fields (biblatex reads
    /// them verbatim; the braces of the field always balance) and for
    /// `\url`/`\href` in the booklet's LaTeX.
    static func url(_ url: String) -> String {
        encode(url) { allowedInURL.contains($0) }
    }

    private static func encode(_ text: String, keeping keep: (UInt8) -> Bool) -> String {
        if text.utf8.allSatisfy(keep) { return text }
        var out = ""
        for byte in text.utf8 {
            if keep(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(hexDigits[Int(byte >> 4)]) + String(hexDigits[Int(byte & 0xF)])
            }
        }
        return out
    }

    private static let hexDigits = Array("0123456789ABCDEF")
    private static let unreserved: Set<UInt8> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
    )
    private static let allowedInURL: Set<UInt8> = unreserved.union("%:/?#[]@!$&'()*+,;=".utf8)
}
