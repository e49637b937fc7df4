@testable import DLDEExport
import Testing

/// The mail body's last pass (`PlainTextLayout`), its rules on examples:
/// blank lines, hanging indents, URLs kept whole, long words cut by columns.
@Suite("Mail: plain-text layout")
struct PlainTextLayoutTests {
    @Test func blankLinesAndTrailingBlanks() {
        #expect(PlainTextLayout.layout("\n\nHello  \t\n\n\n\nWorld\n\n") == "Hello\n\nWorld\n")
        #expect(PlainTextLayout.layout("a\r\nb\rc") == "a\nb\nc\n")
        #expect(PlainTextLayout.layout("Thanks\n-- \nThe organizers") == "Thanks\n-- \nThe organizers\n", "the signature separator keeps its space")
        #expect(PlainTextLayout.layout("") == "\n")
        #expect(PlainTextLayout.layout(" \n\t\n") == "\n")
    }

    @Test func longLinesWrapUnderTheirMarker() {
        let item = "- " + Array(repeating: "word", count: 20).joined(separator: " ")
        #expect(PlainTextLayout.layout(item, width: 30) == """
            - word word word word word
              word word word word word
              word word word word word
              word word word word word

            """)
        let numbered = "12. " + Array(repeating: "word", count: 10).joined(separator: " ")
        #expect(PlainTextLayout.layout(numbered, width: 30) == "12. word word word word word\n    word word word word word\n")
    }

    @Test func aURLStaysWholeAndALongWordIsCut() {
        let url = "https://example.org/" + String(repeating: "a", count: 40)
        #expect(PlainTextLayout.layout("see \(url) now", width: 30) == "see\n\(url)\nnow\n")
        #expect(PlainTextLayout.layout("x " + String(repeating: "b", count: 25), width: 10) == "x\nbbbbbbbbbb\nbbbbbbbbbb\nbbbbb\n")
        #expect(PlainTextLayout.layout("é " + String(repeating: "é", count: 12), width: 5) == "é\nééééé\nééééé\néé\n", "columns are scalars")
    }
}
