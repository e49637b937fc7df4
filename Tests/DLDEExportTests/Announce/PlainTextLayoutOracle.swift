// The mail layout's line and word splitting as it was written before it
// worked on bytes (stop 28, on characters and substrings): the oracle
// `PlainTextLayoutAgreementTests` compares the byte version with. The rules
// both share (hanging indents, URLs, columns) are the tool's own. Not used
// by the tool.
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

    /// `line` as lines of at most `width` columns (`PlainTextLayout`'s rules).
    static func wrap(_ line: String, width: Int) -> [String] {
        guard PlainTextLayout.columns(line) > width else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        var hang = PlainTextLayout.hangingIndent(of: line, indent: indent)
        if PlainTextLayout.columns(hang) > width / 2 { hang = indent.count > width / 2 ? "" : indent }
        let hangColumns = PlainTextLayout.columns(hang)
        var result: [String] = []
        var current = indent
        var currentColumns = PlainTextLayout.columns(indent)
        var hasWord = false
        for word in line.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: true) {
            let wordColumns = PlainTextLayout.columns(word)
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
            if currentColumns + wordColumns <= width || PlainTextLayout.isURL(word) {
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
}
