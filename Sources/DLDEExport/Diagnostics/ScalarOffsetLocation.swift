import Foundation

extension DiagnosticSink {
    /// The location of the character `offset` (in Unicode scalars) of the
    /// text value at `keyPath`, whose text is `value`, where the YAML scalar
    /// allows it: a plain or quoted scalar on one line, or a literal block
    /// (`|`). Each candidate column is checked against the file's line; when
    /// it cannot be (folded or multi-line flow scalars, a field that is not
    /// the scalar as written, a file not on disk, an imported CSV or JSON
    /// export), the location of the value itself.
    func location(of keyPath: String, offset: Int, in value: String) -> SourceLocation? {
        let fallback = location(of: keyPath)
        for locator in locators where keyPath.hasPrefix(locator.prefix) {
            if locator.locate(keyPath) != nil { return fallback }
        }
        guard let (node, file) = node(at: keyPath), case .scalar(let scalar) = node, scalar.string == value,
              let data = FileManager.default.contents(atPath: file) else { return fallback }
        let mark = scalar.mark
        let fileLines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let scalars = Array(value.unicodeScalars)
        let before = scalars[..<min(offset, scalars.count)]
        let lineIndex = before.filter { $0 == "\n" }.count
        let lineStart = before.lastIndex(of: "\n").map { $0 + 1 } ?? 0
        let column = offset - lineStart
        let valueLine = String(String.UnicodeScalarView(scalars[lineStart...].prefix { $0 != "\n" }))
        func fileLine(_ number: Int) -> [Unicode.Scalar]? {
            number >= 1 && number <= fileLines.count ? Array(fileLines[number - 1].unicodeScalars) : nil
        }
        switch scalar.style {
        case .literal:
            // Content line k is file line mark.line + 1 + k, after the indentation.
            let line = mark.line + 1 + lineIndex
            guard let text = fileLine(line) else { return fallback }
            let content = Array(valueLine.unicodeScalars)
            var trimmed = text[...]
            while let last = trimmed.last, last == "\r" { trimmed = trimmed.dropLast() }
            guard trimmed.count >= content.count, trimmed.suffix(content.count).elementsEqual(content) else { return fallback }
            return SourceLocation(file: file, line: line, column: trimmed.count - content.count + column + 1)
        case .plain, .singleQuoted, .doubleQuoted:
            guard !value.contains("\n"), let text = fileLine(mark.line) else { return fallback }
            let quoted = scalar.style != .plain
            var raw = mark.column - 1 + (quoted ? 1 : 0)
            var decoded = 0
            // Walk the raw text to the offset: an escape (`\\x`, `''`) is one character.
            while decoded < offset, raw < text.count {
                let character = text[raw]
                if scalar.style == .doubleQuoted, character == "\\", raw + 1 < text.count {
                    switch text[raw + 1] {
                    case "x": raw += 4
                    case "u": raw += 6
                    case "U": raw += 10
                    default: raw += 2
                    }
                } else if scalar.style == .singleQuoted, character == "'", raw + 1 < text.count, text[raw + 1] == "'" {
                    raw += 2
                } else {
                    if scalar.style == .plain, character != scalars[decoded] { return fallback }
                    raw += 1
                }
                decoded += 1
            }
            guard decoded == offset, raw <= text.count else { return fallback }
            return SourceLocation(file: file, line: mark.line, column: raw + 1)
        default:
            return fallback
        }
    }
}
