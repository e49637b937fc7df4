// The mail layout as it was written before it worked on bytes (stop 28,
// on characters and substrings): the oracle `PlainTextLayoutAgreementTests`
// compares the byte version with. Not used by the tool.
import Foundation
@testable import DLDEExport

enum PlainTextLayoutOracle {
    static func layout(_ text: String, width: Int = 72) -> String {
        let normalized = text.utf8.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        var lines: [String] = []
        for raw in normalized.lineFeedSeparatedLines {
            var line = String(raw)
            if line != "-- " {
                while let last = line.unicodeScalars.last, last == " " || last == "\t" { line.unicodeScalars.removeLast() }
            }
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines += wrap(line, width: width)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    static func columns(_ text: some StringProtocol) -> Int { text.unicodeScalars.count }

    /// `line` as lines of at most `width` columns (see the type's notes).
    static func wrap(_ line: String, width: Int) -> [String] {
        guard columns(line) > width else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        var hang = hangingIndent(of: line, indent: indent)
        if columns(hang) > width / 2 { hang = indent.count > width / 2 ? "" : indent }
        let hangColumns = columns(hang)
        var result: [String] = []
        var current = indent
        var currentColumns = columns(indent)
        var hasWord = false
        for word in line.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: true) {
            let wordColumns = columns(word)
            let separatorColumns = hasWord ? 1 : 0
            if currentColumns + separatorColumns + wordColumns <= width {
                if hasWord { current += " " }
                current += word
                currentColumns += separatorColumns + wordColumns
                hasWord = true
                continue
            }
            if hasWord {
                result.append(current)
                current = hang
                currentColumns = hangColumns
                hasWord = false
            }
            if currentColumns + wordColumns <= width || isURL(word) {
                current += word
                currentColumns += wordColumns
                hasWord = true
                continue
            }
            // A word longer than a line: cut it at character boundaries.
            var piece = ""
            var pieceColumns = 0
            for character in word {
                let characterColumns = character.unicodeScalars.count
                if currentColumns + pieceColumns + characterColumns > width, !piece.isEmpty {
                    result.append(current + piece)
                    current = hang
                    currentColumns = hangColumns
                    piece = ""
                    pieceColumns = 0
                }
                piece.append(character)
                pieceColumns += characterColumns
            }
            current += piece
            currentColumns += pieceColumns
            hasWord = true
        }
        if hasWord || result.isEmpty { result.append(current) }
        return result
    }

    /// The indentation continuation lines of `line` get.
    static func hangingIndent(of line: String, indent: String) -> String {
        let text = line.dropFirst(indent.count)
        for marker in ["- ", "* ", "+ "] where text.hasPrefix(marker) {
            return indent + String(repeating: " ", count: marker.count)
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3, text.dropFirst(digits.count).hasPrefix(". ") {
            return indent + String(repeating: " ", count: digits.count + 2)
        }
        if let gap = text.range(of: "  ") {
            let label = text[..<gap.lowerBound]
            var after = gap.upperBound
            while after < text.endIndex, text[after] == " " { after = text.index(after: after) }
            if !label.isEmpty, after < text.endIndex {
                return indent + String(repeating: " ", count: columns(text[..<after]))
            }
        }
        return indent
    }

    /// A word that must not be cut: a URL, bare or in angle brackets.
    static func isURL(_ word: Substring) -> Bool {
        var core = word
        while let last = core.last, ".,;:)>".contains(last) { core = core.dropLast() }
        while let first = core.first, "(<".contains(first) { core = core.dropFirst() }
        if core.hasPrefix("mailto:") { return true }
        guard let scheme = core.range(of: "://") else { return false }
        let name = core[..<scheme.lowerBound]
        return !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
