import Foundation
import Testing
@testable import DLDEExport

@Suite("Import: names, presentation words, positions")
struct ImportTextTests {
    @Test func namesStayWholeAndAffiliationsComeOff() {
        let authors = AuthorListText.authors(in: "Greg Ver Steeg (USC ISI)*; Yun-Nung (Vivian) Chen (NTU); Ludwig van Beethoven")
        #expect(authors.map(\.name) == [PersonName("Greg Ver Steeg"), PersonName("Yun-Nung (Vivian) Chen"), PersonName("Ludwig van Beethoven")])
        #expect(authors.map(\.affiliation) == ["USC ISI", "NTU", nil])
        #expect(authors.allSatisfy { !$0.name.hasParts }, "a name given as one string is never split")
        #expect(AuthorListText.authors(in: "Alice Martin and Bob O'Neil").map(\.name.display) == ["Alice Martin", "Bob O'Neil"])
        #expect(AuthorListText.emails(in: "a@x.org*; b@y.org") == ["a@x.org", "b@y.org"])
    }

    @Test func presentationWords() {
        let cases: [(String, Presentation?)] = [
            ("NeurIPS 2021 Workshop DLDE Spotlight", .spotlight), ("Accept (Spotlight)", .spotlight),
            ("Poster", .poster), ("Accept (Poster)", .poster), ("Oral", .contributedTalk),
            ("Contributed Talk", .contributedTalk), ("contributed-talk", .contributedTalk),
            ("Accept", nil), ("NeurIPS 2021 Workshop DLDE", nil), ("Main Track", nil),
        ]
        for (text, expected) in cases {
            #expect(PresentationText.presentation(in: text) == expected, "\(text)")
        }
        for text in ["Reject", "Desk Reject", "Submitted to NeurIPS 2021 Workshop DLDE", "DLDE Withdrawn Submission"] {
            #expect(PresentationText.isNotAccepted(text), "\(text)")
        }
        for text in ["Accept", "Accept (Oral)", "NeurIPS 2021 Workshop DLDE Poster"] {
            #expect(!PresentationText.isNotAccepted(text), "\(text)")
        }
    }

    @Test func jsonPositionsFollowKeyPaths() throws {
        let text = "{\"notes\": [\n  {\"id\": \"a\\\"b\", \"content\": {\"title\": {\"value\": \"T\"}}},\n  {\"id\": \"c\", \"n\": [1, true, null]}\n]}\n"
        _ = try JSONSerialization.jsonObject(with: Data(text.utf8))
        let positions = JSONLocator.locate(text)
        #expect(positions["notes[0]"] == .init(line: 2, column: 3))
        #expect(positions["notes[0].id"] == .init(line: 2, column: 10))
        #expect(positions["notes[0].content.title.value"] == .init(line: 2, column: 49))
        #expect(positions["notes[1]"] == .init(line: 3, column: 3))
        #expect(positions["notes[1].n[2]"] == .init(line: 3, column: 30))
    }

    @Test func csvRowsKnowTheirLines() throws {
        let sink = DiagnosticSink()
        let text = "a,b\r\n1,\"x\r\ny\"\r\n\r\n2,\"p\nq\nr\"\n3,z\n"
        let table = try #require(CSVTable.parse(text, file: "t.csv", sink: sink))
        #expect(table.header.fields == ["a", "b"])
        #expect(table.rows.map(\.line) == [2, 5, 8])
        #expect(table.rows.map(\.number) == [2, 4, 5])
        #expect(table.rows.map { $0.fields[1] } == ["x\r\ny", "p\nq\nr", "z"])
        #expect(!sink.hasErrors)
    }

    @Test func byteOrderMarksAndUTF16() {
        #expect(ImportText.decode(Data([0xEF, 0xBB, 0xBF]) + Data("id,title".utf8)) == "id,title")
        var utf16 = Data([0xFF, 0xFE])
        utf16.append("id,Tïtle".data(using: .utf16LittleEndian)!)
        #expect(ImportText.decode(utf16) == "id,Tïtle")
        #expect(ImportText.decode(Data([0xC3, 0x28])) == nil)
    }
}
