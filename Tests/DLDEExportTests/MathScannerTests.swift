import Testing
@testable import DLDEExport

@Suite("Finding TeX math spans")
struct MathScannerTests {
    private func mathTeX(_ text: String) -> [String] {
        MathScanner.segments(text).compactMap { if case .math(let span) = $0 { return span.tex } else { return nil } }
    }

    @Test func dollarRules() {
        #expect(mathTeX("a $x$ b") == ["x"])
        #expect(mathTeX("$5 and $10") == [])
        #expect(mathTeX("$ x$") == [])
        #expect(mathTeX("$x $") == [])
        #expect(mathTeX("\\$x$") == [])
        #expect(mathTeX("$a\\$b$") == ["a\\$b"])
        #expect(mathTeX("$$\\int f$$") == ["\\int f"])
        #expect(mathTeX("\\(a\\) and \\[b\\]") == ["a", "b"])
    }

    @Test func spansDoNotCrossBlankLines() {
        #expect(mathTeX("$a\n\nb$") == [])
        #expect(mathTeX("$a\nb$") == ["a\nb"])
    }

    @Test func segmentsRebuildTheText() {
        let text = "Ünïcödé $\\alpha$ 🙂 and \\(β\\) end"
        let rebuilt = MathScanner.segments(text).map { segment -> String in
            switch segment {
            case .text(let prose): return prose
            case .math(let span): return span.source
            }
        }.joined()
        #expect(rebuilt == text)
    }
}
