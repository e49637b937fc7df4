@testable import DLDEExport
import Testing

/// The control characters no text value may hold (C0 but tab and line
/// breaks, DEL, C1 but NEL), found by bytes first and named in hex.
@Suite("Loading: control characters in text")
struct TextRulesTests {
    @Test func findsTheFirstForbiddenControl() {
        let allowed = ["plain", "", "a\tb\nc\r\nd", "x\u{85}y", "©°é ü ß – ∑ 路 😀", "\u{A0}\u{BF}\u{100}"]
        for text in allowed {
            #expect(TextRules.forbiddenControl(in: text) == nil, "\(text.debugDescription)")
        }
        let forbidden: [(String, String)] = [
            ("a\u{7}b", "0007"), ("x\u{7F}", "007F"), ("x\u{80}y", "0080"), ("\u{9F}", "009F"),
            ("\u{1}\u{9F}", "0001"), ("é\u{9F}\u{1}", "009F"), ("line\r\n\u{1B}[0m", "001B"), ("\u{0}", "0000"),
        ]
        for (text, hex) in forbidden {
            #expect(TextRules.forbiddenControl(in: text) == hex, "\(text.debugDescription)")
        }
    }
}
