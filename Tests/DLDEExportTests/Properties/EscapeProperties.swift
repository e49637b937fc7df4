import Foundation
import PropertyBased
import Testing
@testable import DLDEExport

/// Escapers for XML and mail headers, checked on arbitrary text by Python's
/// own parsers (ElementTree; email.header), 100 strings per parser run.
@Suite("Property: escaped text reads back equal")
struct EscapeProperties {
    private func check(_ arguments: [String]) -> RunResult {
        Run.program(TestPaths.python.path, [TestPaths.root.appendingPathComponent("tests/check_escapes.py").path] + arguments)
    }

    @Test(.shrinking(false)) func xmlTextAndAttributesReadBackEqual() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: TestPaths.python.path), "run `make deps-test`")
        await propertyCheck(count: 3, input: HostileStrings.text(maximum: 40).array(of: 100...100)) { texts in
            let folder = TemporaryFolder()
            let root = XMLMarkup.Element("r", [], texts.map { text in
                XMLMarkup.Element("t", [XMLMarkup.Attribute("a", text)], text: text)
            })
            let document = XMLMarkup.document(root)
            let path = folder.write("t.xml", document)
            let lint = Run.program("xmllint", ["--noout", path])
            #expect(lint.status == 0 && lint.stderr.isEmpty, "xmllint: \(lint.stderr)")
            // XML 1.0 cannot hold some characters: they are dropped, the rest must survive.
            let expected = texts.map { XMLMarkup.legalCharacters($0) }
            let expectedPath = folder.write("e.json", String(decoding: try! JSONSerialization.data(withJSONObject: expected), as: UTF8.self))
            let result = check(["xml", path, expectedPath])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        }
    }

    @Test(.shrinking(false)) func encodedSubjectsHaveNoLineBreaksAndDecodeBackEqual() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: TestPaths.python.path), "run `make deps-test`")
        await propertyCheck(count: 3, input: HostileStrings.line(maximum: 40).array(of: 100...100)) { texts in
            let folder = TemporaryFolder()
            // Subjects are one-line fields: the loader folds line breaks and trims.
            let subjects = texts.map { TextRules.foldLines($0) }.filter { !$0.isEmpty }
            let cases = subjects.map { subject -> [String: String] in
                ["raw": HeaderField(name: "Subject", tokens: HeaderField.unstructured(subject)).folded(), "expected": subject]
            }
            for item in cases {
                let raw = item["raw"]!
                #expect(!raw.replacingOccurrences(of: "\r\n ", with: "").contains("\r") && !raw.replacingOccurrences(of: "\r\n ", with: "").contains("\n"))
            }
            let path = folder.write("h.json", String(decoding: try! JSONSerialization.data(withJSONObject: cases), as: UTF8.self))
            let result = check(["header", path])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        }
    }
}
