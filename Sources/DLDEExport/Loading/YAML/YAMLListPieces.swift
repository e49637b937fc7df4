import Foundation

/// A guess at where the text of a file whose root is a block list written at
/// the left margin (`- id: ...`, as papers.yaml is) can be cut into pieces of
/// whole items that libyaml parses on their own, so that the pieces are
/// parsed on every core.
///
/// An item is guessed at every line that starts with `-` and a space (or
/// ends there). The guess can be wrong, since a quoted value or a flow
/// collection may run over such a line; `YAMLFile.readList` checks it by
/// parsing: each piece must be one block list of exactly the items guessed,
/// and any doubt sends the whole file through the one-thread reader (which
/// also gives every error message). Files this guess does not cover are
/// left to that reader too: a first item not at the left margin, document
/// markers or directives at the left margin (`---`, `...`, `%`), and line
/// breaks other than LF and CR LF (libyaml also counts a lone CR, NEL, LS
/// and PS as line breaks, which would shift the pieces' line numbers).
struct YAMLListPieces {
    struct Piece {
        /// The piece's bytes in the text.
        let bytes: Range<Int>
        /// Lines of the text before the piece.
        let linesBefore: Int
        /// The piece's first item's index in the list, and how many it holds.
        let firstItem: Int
        let items: Int
    }

    let pieces: [Piece]

    /// Pieces of `itemsPerPiece(items guessed)` items (the last may hold
    /// fewer); nil when the text is not covered (see above) or makes fewer
    /// than two pieces.
    init?(_ text: UnsafeBufferPointer<UInt8>, itemsPerPiece: (Int) -> Int) {
        guard let base = text.baseAddress, !Self.hasOtherLineBreaks(text) else { return nil }
        let end = text.count
        var starts: [(offset: Int, line: Int)] = []
        var line = 0
        var offset = 0
        while offset < end {
            let first = text[offset]
            let second = offset + 1 < end ? text[offset + 1] : 0x0A
            if first == UInt8(ascii: "-") && (second == 0x20 || second == 0x0A || second == 0x0D) {
                starts.append((offset, line))
            } else if starts.isEmpty && first != UInt8(ascii: "#") && first != 0x0A && first != 0x0D {
                return nil // something before the first item other than comments and empty lines
            } else if first == UInt8(ascii: "%") || Self.isDocumentMarker(text, at: offset) {
                return nil
            }
            guard let newline = memchr(base + offset, 0x0A, end - offset) else { break }
            offset = UnsafePointer<UInt8>(newline.assumingMemoryBound(to: UInt8.self)) - base + 1
            line += 1
        }
        let size = max(1, itemsPerPiece(starts.count))
        guard starts.count > size else { return nil }
        pieces = stride(from: 0, to: starts.count, by: size).map { first in
            let last = min(first + size, starts.count)
            let from = first == 0 ? 0 : starts[first].offset
            let to = last == starts.count ? end : starts[last].offset
            return Piece(bytes: from..<to, linesBefore: first == 0 ? 0 : starts[first].line, firstItem: first, items: last - first)
        }
    }

    /// `---` or `...` followed by a space, a line break or the end.
    private static func isDocumentMarker(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let first = text[offset]
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: "."), offset + 2 < text.count,
              text[offset + 1] == first, text[offset + 2] == first else { return false }
        return offset + 3 == text.count || [0x20, 0x09, 0x0A, 0x0D].contains(text[offset + 3])
    }

    /// Whether the text has a CR that is not before an LF, a NEL (C2 85),
    /// an LS (E2 80 A8) or a PS (E2 80 A9).
    private static func hasOtherLineBreaks(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        occurrences(of: 0x0D, in: text) { $0 + 1 < text.count && text[$0 + 1] == 0x0A }
            || occurrences(of: 0xC2, in: text) { $0 + 1 >= text.count || text[$0 + 1] != 0x85 }
            || occurrences(of: 0xE2, in: text) { $0 + 2 >= text.count || text[$0 + 1] != 0x80 || (text[$0 + 2] != 0xA8 && text[$0 + 2] != 0xA9) }
    }

    /// Whether some `byte` in `text` is not `allowed` (given its offset).
    private static func occurrences(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>, allowed: (Int) -> Bool) -> Bool {
        guard let base = text.baseAddress else { return false }
        var offset = 0
        while offset < text.count, let found = memchr(base + offset, Int32(byte), text.count - offset) {
            let at = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            if !allowed(at) { return true }
            offset = at + 1
        }
        return false
    }
}
