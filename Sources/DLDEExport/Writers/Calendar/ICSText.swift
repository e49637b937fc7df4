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
        var escaped = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\", ";", ",":
                escaped.append("\\")
                escaped.append(scalar)
            case "\r":
                escaped.append(contentsOf: "\\n".unicodeScalars)
            case "\n":
                if !afterCR { escaped.append(contentsOf: "\\n".unicodeScalars) }
            case "\t":
                escaped.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    /// Folds one content line into physical lines of at most
    /// `maximumLineOctets` octets of UTF-8, each continuation starting with
    /// one space, never inside a UTF-8 sequence.
    /// - Parameter line: a content line without its line end.
    /// - Returns: the physical lines, each ended by CRLF.
    public static func fold(_ line: String) -> String {
        var folded = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = String(scalar).utf8.count
            if octets + width > maximumLineOctets {
                folded += "\r\n "
                octets = 1
            }
            folded.unicodeScalars.append(scalar)
            octets += width
        }
        return folded + "\r\n"
    }
}
