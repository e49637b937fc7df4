import Testing
@testable import DLDEExport

/// A rendering kept in pieces (the booklet's LaTeX, tens of megabytes) is
/// the text kept whole, cut only after line ends, so no piece splits a
/// character and each can be typeset apart.
@Suite("Template output kept in pieces at line ends")
struct TemplateOutputPiecesTests {
    /// Appends `parts` to an output kept whole and to one kept in pieces.
    static func both(_ parts: [String]) -> (whole: [UInt8], pieces: [[UInt8]]) {
        let whole = TemplateOutput()
        var kept: [[UInt8]] = []
        let pieces = TemplateOutput(pieces: { piece in
            kept.append(piece)
            return true
        })
        for part in parts {
            whole.append(part)
            pieces.append(part)
        }
        pieces.finishPieces()
        return (whole.bytes, kept)
    }

    static func check(_ parts: [String]) {
        let (whole, pieces) = Self.both(parts)
        #expect(Array(pieces.joined()) == whole)
        for piece in pieces.dropLast() {
            #expect(piece.last == UInt8(ascii: "\n"))
        }
        #expect(!pieces.contains { $0.isEmpty })
    }

    @Test func linesOfAnyLengthAndCharacters() {
        var random = SystemRandomNumberGenerator()
        let atoms = ["a", "é", "中文", "😀", "\\\\", "\n", " ", "e\u{301}"]
        for _ in 0..<4 {
            var parts: [String] = []
            var size = 0
            while size < 3 << 20 {
                let count = Int.random(in: 1...3000, using: &random)
                let part = (0..<count).map { _ in atoms.randomElement(using: &random)! }.joined()
                parts.append(part)
                size += part.utf8.count
            }
            Self.check(parts)
            #expect(Self.both(parts).pieces.count > 1, "a text of 3 MiB is cut")
        }
    }

    @Test func oneLongLineIsOnePiece() {
        let parts = Array(repeating: String(repeating: "x", count: 1 << 16), count: 40) + ["\nend"]
        let (whole, pieces) = Self.both(parts)
        #expect(pieces.count == 2)
        #expect(Array(pieces.joined()) == whole)
        #expect(pieces.last == Array("end".utf8))
    }

    @Test func aSmallTextIsOnePiece() {
        Self.check(["short\n", "text"])
        #expect(Self.both(["short\n", "text"]).pieces.count == 1)
        #expect(Self.both([]).pieces.isEmpty)
    }

    /// The pieces typeset one by one are the whole text typeset at once.
    @Test func typesetInPiecesIsTypesetWhole() {
        let line = "Ünïcode שלום 中文 e\u{301} 😀 \\textbf{x}\n"
        let parts = Array(repeating: line, count: 60_000)
        let (whole, pieces) = Self.both(parts)
        #expect(pieces.count > 1)
        var written: [UInt8] = []
        #expect(LaTeXCharacters.typeset(pieces: pieces) { chunk in
            written += chunk
            return true
        })
        #expect(written == Array(LaTeXCharacters.typeset(String(decoding: whole, as: UTF8.self)).utf8))
    }

    /// Handed on as cut (`init(pieces:)`): the same pieces as kept.
    @Test func piecesHandedOnAreThePiecesKept() {
        let parts = (0..<30_000).map { "line \($0) é 中文 " + String(repeating: "x", count: 80) + "\n" }
        let kept = Self.both(parts).pieces
        var handed: [[UInt8]] = []
        let output = TemplateOutput(pieces: { piece in
            handed.append(piece)
            return true
        })
        for part in parts { output.append(part) }
        output.finishPieces()
        #expect(handed.count > 1)
        #expect(handed == kept)
        var refused = 0
        let refusing = TemplateOutput(pieces: { _ in
            refused += 1
            return false
        })
        for part in parts { refusing.append(part) }
        refusing.finishPieces()
        #expect(refusing.failed && refused == 1, "nothing more is handed on once a piece is refused")
    }
}
