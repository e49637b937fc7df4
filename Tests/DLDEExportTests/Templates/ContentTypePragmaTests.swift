import Foundation
import Testing
@testable import DLDEExport

/// `TemplateLibrary.hasContentTypePragma` finds the pragma by scalars; the
/// oracle is the regular expression it replaced, run by ICU through
/// Foundation, on texts built around every kind of white space and near miss.
@Suite("Templates")
struct ContentTypePragmaTests {
    /// What the library asked ICU before: `{{%\s*CONTENT_TYPE:\s*TYPE\s*\}\}`.
    static func oracle(_ text: String, _ type: String) -> Bool {
        text.range(of: #"\{\{%\s*CONTENT_TYPE:\s*\#(type)\s*\}\}"#, options: .regularExpression) != nil
    }

    /// White space of every kind, and characters that are white space or
    /// separators elsewhere (NEL, zero-width space, byte-order mark, the
    /// file separator).
    static let gaps = ["", " ", "  ", "\t", "\n", "\r\n", "\u{0C}", "\u{0B}", "\u{85}", "\u{A0}", "\u{1680}", "\u{180E}",
                       "\u{2003}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{1C}", "x"]

    @Test func agreesWithTheRegularExpression() {
        var cases = 0
        for type in ["LATEX", "TEXT"] {
            for written in [type, "LATEX", "TEXT", "latex", "LATE", "TEXTS"] {
                // Each gap takes every kind of white space in turn, the other two a few.
                for position in 0..<3 {
                    for gap in Self.gaps {
                        for other in ["", " ", "\n"] {
                            for another in ["", " ", "\u{2028}"] {
                                var three = [other, another]
                                three.insert(gap, at: position)
                                for (before, after) in [("", ""), ("{{", "}"), ("intro {{% ", "}} rest"), ("a\n", "\nb")] {
                                    let text = "\(before){{%\(three[0])CONTENT_TYPE:\(three[1])\(written)\(three[2])}}\(after)"
                                    #expect(TemplateLibrary.hasContentTypePragma(text, type) == Self.oracle(text, type), "\(text.debugDescription) as \(type)")
                                    cases += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        for text in ["", "{{%", "{{% CONTENT_TYPE: LATEX}", "{{% CONTENT_TYPE LATEX}}", "{ {% CONTENT_TYPE: LATEX}}", "{{{% CONTENT_TYPE: LATEX}}",
                     "{{%CONTENT_TYPE:LATEX}}{{% CONTENT_TYPE: TEXT }}", "é{{% CONTENT_TYPE: LATEX }}é", "{{% CONTENT_TYPE: 😀LATEX}}"] {
            for type in ["LATEX", "TEXT"] {
                #expect(TemplateLibrary.hasContentTypePragma(text, type) == Self.oracle(text, type), "\(text.debugDescription) as \(type)")
            }
        }
        #expect(cases > 10_000)
    }
}
