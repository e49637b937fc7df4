/// Which spaces of a line are characters of their own, as Swift's
/// grapheme breaking decides: a space joins the character before it after
/// a prepended mark, and the one after it before a combining mark, a
/// spacing mark or a zero-width joiner. Only the scalars on either side
/// decide (Unicode's grapheme rules GB9, GB9a, GB9b); each non-ASCII one is
/// asked once per layout.
struct SpaceBreaks {
    /// Per scalar: whether a space breaks from it (it before the space; it after).
    private var before: [UInt32: Bool] = [:]
    private var after: [UInt32: Bool] = [:]

    /// Whether the space at `index` of `line` is a character of its own.
    mutating func isAlone(_ line: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        if index + 1 < line.count, line[index + 1] >= 0x80 {
            let next = Self.scalar(in: line, at: index + 1)
            if !Self.decide(&after, next, { String(decoding: [0x20] + String(next).utf8, as: UTF8.self).count == 2 }) { return false }
        }
        if index > 0, line[index - 1] >= 0x80 {
            var start = index - 1
            while start > 0, line[start] & 0xC0 == 0x80 { start -= 1 }
            let previous = Self.scalar(in: line, at: start)
            if !Self.decide(&before, previous, { String(decoding: String(previous).utf8 + [0x20], as: UTF8.self).count == 2 }) { return false }
        }
        return true
    }

    private static func decide(_ known: inout [UInt32: Bool], _ scalar: Unicode.Scalar, _ ask: () -> Bool) -> Bool {
        if let answer = known[scalar.value] { return answer }
        let answer = ask()
        known[scalar.value] = answer
        return answer
    }

    /// The scalar whose UTF-8 starts at `index`.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar {
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return "\u{FFFD}"
    }
}
