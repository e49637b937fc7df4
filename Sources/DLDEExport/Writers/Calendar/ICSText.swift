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
        // Every decision is about an ASCII byte; the bytes between those
        // that need one are copied a run at a time.
        text.withUTF8Bytes { bytes in
            special.withUnsafeBufferPointer { special in
                var escaped: [UInt8] = []
                var run = 0
                for index in bytes.indices where special[Int(bytes[index])] {
                    if run == 0 { escaped.reserveCapacity(bytes.count + 16) }
                    escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                    run = index + 1
                    let byte = bytes[index]
                    switch byte {
                    case 0x5C, 0x3B, 0x2C:  // \ ; ,
                        escaped.append(0x5C)
                        escaped.append(byte)
                    case 0x0D:
                        escaped.append(0x5C)
                        escaped.append(0x6E)
                    case 0x0A:
                        // CR LF is one line break, already written.
                        if index == 0 || bytes[index - 1] != 0x0D {
                            escaped.append(0x5C)
                            escaped.append(0x6E)
                        }
                    default:
                        break  // another control character: dropped
                    }
                }
                // No byte needed a decision: the text as it is.
                guard run > 0 else { return text }
                escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
                return String(decoding: escaped, as: UTF8.self)
            }
        }
    }

    /// The bytes `escape` changes or drops: `\`, `;`, `,` and the control
    /// characters but tab.
    private static let special: [Bool] = (0...255).map { byte in
        byte == 0x5C || byte == 0x3B || byte == 0x2C || byte == 0x7F || (byte < 0x20 && byte != 0x09)
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
