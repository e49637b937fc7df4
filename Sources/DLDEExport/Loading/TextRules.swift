import Foundation

/// Rules every text value obeys.
enum TextRules {
    /// The first control character other than tab and line breaks, as hex.
    static func forbiddenControl(in text: String) -> String? {
        // By bytes first: a C0 control or DEL is one byte, a C1 control
        // starts with 0xC2; text without them (nearly all) needs no decoding.
        guard holdsAny(of: controlBytes, text) else { return nil }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isControl = value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
            if isControl && value != 0x09 && value != 0x0A && value != 0x0D && value != 0x85 {
                return String(format: "%04X", value)
            }
        }
        return nil
    }

    /// C0 controls but tab and line breaks, DEL, and 0xC2 (which starts
    /// every C1 control).
    private static let controlBytes: [Bool] = (0...255).map { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F || $0 == 0xC2 }
    /// LF, CR, and the lead bytes of NEL and U+2028/U+2029.
    private static let breakBytes: [Bool] = (0...255).map { $0 == 0x0A || $0 == 0x0D || $0 == 0xC2 || $0 == 0xE2 }

    /// Whether a byte of `text`'s UTF-8 is in `table`: one lookup per
    /// byte over contiguous storage (every text of papers.yaml passes here).
    private static func holdsAny(of table: [Bool], _ text: String) -> Bool {
        table.withUnsafeBufferPointer { table in
            text.withUTF8Bytes { bytes in bytes.contains { table[Int($0)] } }
        }
    }

    /// Folds every line break (LF, CR, CRLF, NEL, U+2028, U+2029) and the
    /// white space around it into one space, and trims the ends.
    static func foldLines(_ text: String) -> String {
        func isBreak(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": return true
            default: return false
            }
        }
        // By bytes first, as above: LF, CR, and the lead bytes of NEL (C2)
        // and U+2028/U+2029 (E2).
        guard holdsAny(of: breakBytes, text), text.unicodeScalars.contains(where: isBreak) else {
            return trimSpaces(text)
        }
        var result = String.UnicodeScalarView()
        var pendingBreak = false
        for scalar in text.unicodeScalars {
            if isBreak(scalar) {
                while let last = result.last, last == " " || last == "\t" { result.removeLast() }
                pendingBreak = true
                continue
            }
            if pendingBreak {
                if scalar == " " || scalar == "\t" { continue }
                if !result.isEmpty { result.append(" ") }
                pendingBreak = false
            }
            result.append(scalar)
        }
        return trimSpaces(String(result))
    }

    /// `text` without leading and trailing spaces and tabs.
    static func trimSpaces(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
              first == " " || first == "\t" || last == " " || last == "\t" else { return text }
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let end = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[start...end])
    }
}
