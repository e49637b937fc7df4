import Foundation
import PropertyBased
import Testing
@testable import DLDEExport

/// Random strings drawn from every script the booklet sets (Latin with
/// Vietnamese, Greek, Cyrillic, Hebrew and Arabic right to left, Devanagari,
/// Chinese, Japanese, Korean), and names and symbols in running text, escaped and
/// typeset as the booklet does (`CMarkText.latex`, `LaTeXCharacters`),
/// compiled with the booklet's preamble by XeLaTeX and read back with
/// pdftotext: they come back equal (NFC; `check_pdf_text.py --scripts`).
@Suite("Property: text in every script typesets back to the same text")
struct ScriptTextProperties {
    static let words = [
        "Nguyễn", "Đức", "Trịnh", "Ngọc", "Łukasiewicz", "Ødegård", "Müller", "Çağla",
        "Ελένη", "Σύγκλιση", "Παπαδόπουλος", "Дмитрий", "Сходимость", "Ївченко", "Ђорђе",
        "שלום", "דוד", "כהן", "ירושלים", "محمد", "سلام", "نور", "القاهرة", "عبد",
        "नमस्ते", "शर्मा", "प्रिया", "दिल्ली", "王小明", "清华大学", "こんにちは", "東京", "김민준", "서울대학교",
        "Model", "of", "42",
    ]
    // Not drawn here: symbols (∩ ≤ → ½ ℝ, in the test below and the hostile
    // fixture) and TeX specials (LaTeXTextProperties' alphabet). pdftotext
    // reads a neutral character (`&`, `∩`) right after a right-to-left word
    // as part of it and moves it before the word, though the page shows it
    // after.

    @Test(.shrinking(false)) func scriptTextTypesetsBackEqual() async throws {
        let text = Gen.int(in: 0...(Self.words.count - 1)).array(of: 1...6).map { $0.map { Self.words[$0] }.joined(separator: " ") }
        await propertyCheck(count: 2, input: text.array(of: 40...40)) { texts in
            Self.expectTypesetsBackEqual(texts)
        }
    }

    /// Names of each script on their own, in bold and in sans serif as the booklet sets them.
    @Test func namesOfEachScriptTypesetBackEqual() {
        Self.expectTypesetsBackEqual(["דוד כהן", "محمد عبد الرحمن", "अमित कुमार शर्मा", "佐藤 花子", "김민준", "Trịnh Thị Ngọc Ánh",
                                      "Deep Learning ∩ Differential Equations", "≤ → ½ ℝ"], styles: ["\\textbf", "\\textsf"])
    }

    static func expectTypesetsBackEqual(_ texts: [String], styles: [String] = [""]) {
        BookletLaTeX.expectTypesetsBackEqual(texts, styles: styles, scripts: true)
    }
}
