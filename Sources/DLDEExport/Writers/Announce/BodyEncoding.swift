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

    /// The encoding `text` (lines separated by `\n`) needs: one pass over
    /// its bytes (a 10,000-paper list is megabytes).
    static func choose(for text: String) -> BodyEncoding {
        text.withUTF8Bytes { bytes in
            var lineStart = 0
            for index in 0...bytes.count {
                if index == bytes.count || bytes[index] == 0x0A {
                    let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<index])
                    if line.count > lineLimit || line.starts(with: "From ".utf8) { return .quotedPrintable }
                    lineStart = index + 1
                } else {
                    let byte = bytes[index]
                    if byte >= 0x80 || (byte < 0x20 && byte != 0x09) || byte == 0x7F { return .quotedPrintable }
                }
            }
            return .sevenBit
        }
    }

    /// `text` (lines separated by `\n`, ending in one) in this encoding,
    /// with CRLF line ends, after `prefix` (a message's header). Made as
    /// bytes, line by line, into one buffer.
    func encode(_ text: String, after prefix: String) -> String {
        var out: [UInt8] = []
        text.withUTF8Bytes { bytes in
            out.reserveCapacity(prefix.utf8.count + bytes.count + bytes.count / 8)
            out.append(contentsOf: prefix.utf8)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                switch self {
                case .sevenBit: out.append(contentsOf: line)
                case .quotedPrintable: Self.appendQuotedPrintable(line, to: &out)
                }
                out.append(0x0D)
                out.append(0x0A)
                start = end + 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One line as quoted-printable: `=XX` for `=`, non-ASCII and control
    /// bytes, a blank before the line end, and the `F` of a leading `From `
    /// and a leading `.` (so no mail store or relay misreads the line); soft
    /// line breaks (`=`) keep every line within 76 characters and fall
    /// between characters.
    private static func appendQuotedPrintable(_ bytes: UnsafeBufferPointer<UInt8>, to result: inout [UInt8]) {
        // One piece per character (scalar), so a soft break never splits a
        // UTF-8 sequence: decoders that work line by line still see whole
        // characters. Built as bytes: a 10,000-paper list is megabytes of it.
        let startsWithFrom = bytes.starts(with: "From ".utf8)
        var lineLength = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let width = UTF8Scalar.width(lead: lead)
            let end = min(index + width, bytes.count)
            let isLast = end == bytes.count
            let literal: Bool
            switch lead {
            case 0x3D: literal = false
            case 0x20, 0x09: literal = !isLast
            case 0x21...0x7E: literal = !(index == 0 && (lead == 0x2E || (lead == 0x46 && startsWithFrom)))
            default: literal = false
            }
            let pieceLength = literal ? 1 : 3 * (end - index)
            // Room for the piece, plus a soft break's `=` unless it ends the line.
            if lineLength + pieceLength + (isLast ? 0 : 1) > encodedLineLimit {
                result.append(0x3D)
                result.append(0x0D)
                result.append(0x0A)
                lineLength = 0
            }
            if literal {
                result.append(lead)
            } else {
                for byte in bytes[index..<end] {
                    result.append(0x3D)
                    result.append(hexDigits[Int(byte >> 4)])
                    result.append(hexDigits[Int(byte & 0x0F)])
                }
            }
            lineLength += pieceLength
            index = end
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
