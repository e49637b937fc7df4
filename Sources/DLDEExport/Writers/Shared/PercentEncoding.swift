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
    private static let unreservedBytes = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
    /// Byte to kept or not, a table each (every byte of every URL is looked up).
    private static let unreserved = ByteClass(unreservedBytes)
    private static let allowedInURL = ByteClass(unreservedBytes + "%:/?#[]@!$&'()*+,;=")

    /// A set of bytes as a table of 256 flags.
    private struct ByteClass {
        private let member: [Bool]

        init(_ bytes: String) {
            var member = [Bool](repeating: false, count: 256)
            for byte in bytes.utf8 { member[Int(byte)] = true }
            self.member = member
        }

        func contains(_ byte: UInt8) -> Bool { member[Int(byte)] }
    }
}
