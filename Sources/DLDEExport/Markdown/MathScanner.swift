/// Finds TeX math spans in text, by pandoc's `tex_math_dollars` rules:
/// an opening `$` is followed by a non-space, a closing `$` follows a
/// non-space and is not followed by a digit (so "$5 and $10" is not math);
/// `\$` is a literal dollar; `\(...\)` and `\[...\]` are math too. A span
/// never crosses a blank line.
public enum MathScanner {
    /// Splits `text` into prose and math segments, in order.
    public static func segments(_ text: String) -> [TextSegment] {
        let bytes = Array(text.utf8)
        var segments: [TextSegment] = []
        var proseStart = 0
        var index = 0
        func flushProse(upTo end: Int) {
            if end > proseStart {
                segments.append(.text(String(decoding: bytes[proseStart..<end], as: UTF8.self)))
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                let next = bytes[index + 1]
                if next == UInt8(ascii: "("), let close = findClosing(bytes, from: index + 2, delimiter: [0x5C, 0x29]) {
                    flushProse(upTo: index)
                    segments.append(.math(span(bytes, open: index, contentStart: index + 2, contentEnd: close, end: close + 2, display: false)))
                    index = close + 2
                    proseStart = index
                    continue
                }
                if next == UInt8(ascii: "["), let close = findClosing(bytes, from: index + 2, delimiter: [0x5C, 0x5D]) {
                    flushProse(upTo: index)
                    segments.append(.math(span(bytes, open: index, contentStart: index + 2, contentEnd: close, end: close + 2, display: true)))
                    index = close + 2
                    proseStart = index
                    continue
                }
                index += 2 // an escaped character, `\$` included
                continue
            }
            if byte == UInt8(ascii: "$") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "$") {
                    if let close = findClosing(bytes, from: index + 2, delimiter: [0x24, 0x24]), close > index + 2 {
                        flushProse(upTo: index)
                        segments.append(.math(span(bytes, open: index, contentStart: index + 2, contentEnd: close, end: close + 2, display: true)))
                        index = close + 2
                        proseStart = index
                        continue
                    }
                    index += 2
                    continue
                }
                if let close = findClosingDollar(bytes, from: index + 1) {
                    flushProse(upTo: index)
                    segments.append(.math(span(bytes, open: index, contentStart: index + 1, contentEnd: close, end: close + 1, display: false)))
                    index = close + 1
                    proseStart = index
                    continue
                }
            }
            index += 1
        }
        flushProse(upTo: bytes.count)
        return segments
    }

    /// True when `text` holds at least one math span.
    public static func containsMath(_ text: String) -> Bool {
        segments(text).contains { if case .math = $0 { return true } else { return false } }
    }

    private static func span(_ bytes: [UInt8], open: Int, contentStart: Int, contentEnd: Int, end: Int, display: Bool) -> MathSpan {
        MathSpan(
            tex: String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self),
            display: display,
            source: String(decoding: bytes[open..<end], as: UTF8.self)
        )
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isBlankLine(_ bytes: [UInt8], at index: Int) -> Bool {
        guard bytes[index] == 0x0A else { return false }
        var next = index + 1
        while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0D { next += 1 }
        return next < bytes.count && bytes[next] == 0x0A
    }

    /// The index of a two-byte closing delimiter, skipping escaped characters.
    private static func findClosing(_ bytes: [UInt8], from start: Int, delimiter: [UInt8]) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if isBlankLine(bytes, at: index) { return nil }
            if bytes[index] == delimiter[0], bytes[index + 1] == delimiter[1] { return index }
            if bytes[index] == 0x5C, delimiter[0] != 0x5C { index += 2; continue }
            if bytes[index] == 0x5C, delimiter[0] == 0x5C { index += 2; continue }
            index += 1
        }
        return nil
    }

    /// The index of the `$` closing an inline span opened just before `start`.
    private static func findClosingDollar(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count, !isSpace(bytes[start]) else { return nil }
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if isBlankLine(bytes, at: index) { return nil }
            if byte == 0x5C { index += 2; continue }
            if byte == UInt8(ascii: "$") {
                let before = bytes[index - 1]
                let afterIsDigit = index + 1 < bytes.count && (0x30...0x39).contains(bytes[index + 1])
                if index > start, !isSpace(before), !afterIsDigit { return index }
                if index == start { return nil }
                if !isSpace(before) && afterIsDigit { index += 1; continue }
            }
            index += 1
        }
        return nil
    }
}
