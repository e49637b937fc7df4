/// The text rules of RFC 5545: escaping TEXT values (section 3.3.11) and
/// folding content lines (section 3.1).
public enum ICSText {
    /// The longest physical line, in octets, not counting the CRLF.
    public static let maximumLineOctets = 75

    /// Escapes a TEXT value: `\` `;` `,` get a backslash, every line break
    /// (CRLF, CR or LF) becomes `\n`. Other control characters, which RFC 5545
    /// forbids in TEXT and the loader already rejects, are dropped; a tab is kept.
    /// - Parameter text: the value as a person reads it.
    public static func escape(_ text: String) -> String {
        // Every decision is about an ASCII byte; other bytes are copied.
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 16)
        var afterCR = false
        for byte in text.utf8 {
            defer { afterCR = byte == 0x0D }
            switch byte {
            case 0x5C, 0x3B, 0x2C:  // \ ; ,
                escaped.append(0x5C)
                escaped.append(byte)
            case 0x0D:
                escaped.append(0x5C)
                escaped.append(0x6E)
            case 0x0A:
                if !afterCR {
                    escaped.append(0x5C)
                    escaped.append(0x6E)
                }
            case 0x09:
                escaped.append(byte)
            case 0x00..<0x20, 0x7F:
                continue
            default:
                escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// Folds one content line into physical lines of at most
    /// `maximumLineOctets` octets of UTF-8, each continuation starting with
    /// one space, never inside a UTF-8 sequence.
    /// - Parameter line: a content line without its line end.
    /// - Returns: the physical lines, each ended by CRLF.
    public static func fold(_ line: String) -> String {
        var folded: [UInt8] = []
        fold(line, into: &folded)
        return String(decoding: folded, as: UTF8.self)
    }

    /// Appends `line` folded, with its CRLF, to `folded`.
    static func fold(_ line: String, into folded: inout [UInt8]) {
        line.withUTF8Bytes { bytes in
            if bytes.count <= maximumLineOctets {
                folded.append(contentsOf: bytes)
                folded.append(0x0D)
                folded.append(0x0A)
                return
            }
            folded.reserveCapacity(folded.count + bytes.count + bytes.count / 24 + 2)
            var octets = 0
            var index = 0
            // Each physical line is copied whole once its end is found.
            var lineStart = 0
            while index < bytes.count {
                let lead = bytes[index]
                let width = min(UTF8Scalar.width(lead: lead), bytes.count - index)
                if octets + width > maximumLineOctets {
                    folded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart..<index]))
                    folded.append(0x0D)
                    folded.append(0x0A)
                    folded.append(0x20)
                    octets = 1
                    lineStart = index
                }
                octets += width
                index += width
            }
            folded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart...]))
            folded.append(0x0D)
            folded.append(0x0A)
        }
    }
}
