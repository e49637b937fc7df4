/// The `Content-Transfer-Encoding` of a text body, and the body in it.
///
/// `7bit` when the text is ASCII with lines of at most 78 octets and no line
/// that a mail store could take for a message separator (`From `); otherwise
/// `quoted-printable` (RFC 2045), which every relay carries unchanged
/// (`8bit` needs 8BITMIME on every hop) and which keeps ASCII text readable.
/// Lines end in CRLF.
enum BodyEncoding: String {
    case sevenBit = "7bit"
    case quotedPrintable = "quoted-printable"

    static let lineLimit = 78
    /// RFC 2045: encoded lines are at most 76 characters, the soft break's
    /// `=` included.
    static let encodedLineLimit = 76

    /// The encoding `text` (lines separated by `\n`) needs.
    static func choose(for text: String) -> BodyEncoding {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let plain = lines.allSatisfy { line in
            line.utf8.count <= lineLimit && !line.hasPrefix("From ")
                && line.utf8.allSatisfy { $0 < 0x80 && ($0 >= 0x20 || $0 == 0x09) && $0 != 0x7F }
        }
        return plain ? .sevenBit : .quotedPrintable
    }

    /// `text` (lines separated by `\n`, ending in one) in this encoding,
    /// with CRLF line ends.
    func encode(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        switch self {
        case .sevenBit:
            return lines.map { $0 + "\r\n" }.joined()
        case .quotedPrintable:
            return lines.map { Self.quotedPrintable(line: $0) + "\r\n" }.joined()
        }
    }

    /// One line as quoted-printable: `=XX` for `=`, non-ASCII and control
    /// bytes, a blank before the line end, and the `F` of a leading `From `
    /// and a leading `.` (so no mail store or relay misreads the line); soft
    /// line breaks (`=`) keep every line within 76 characters and fall
    /// between characters.
    static func quotedPrintable(line: String) -> String {
        // One piece per character (scalar), so a soft break never splits a
        // UTF-8 sequence: decoders that work line by line still see whole
        // characters.
        var pieces: [String] = []
        let scalars = Array(line.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let isLast = index == scalars.count - 1
            let value = scalar.value
            let literal: Bool
            switch value {
            case 0x3D: literal = false
            case 0x20, 0x09: literal = !isLast
            case 0x21...0x7E: literal = !(index == 0 && (value == 0x2E || (value == 0x46 && line.hasPrefix("From "))))
            default: literal = false
            }
            pieces.append(literal ? String(scalar) : String(scalar).utf8.map { "=" + hex($0) }.joined())
        }
        var result = ""
        var lineLength = 0
        for (index, piece) in pieces.enumerated() {
            let isLast = index == pieces.count - 1
            // Room for the piece, plus a soft break's `=` unless it ends the line.
            if lineLength + piece.count + (isLast ? 0 : 1) > encodedLineLimit {
                result += "=\r\n"
                lineLength = 0
            }
            result += piece
            lineLength += piece.count
        }
        return result
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
