import Foundation
import PropertyBased
import Testing
@testable import DLDEExport

/// ICS text, escaped and folded by `ICSText`, reads back equal through
/// Python's icalendar, for arbitrary text.
@Suite("Property: ICS text round-trips through icalendar")
struct ICSTextProperties {
    /// The escape written byte by byte, as RFC 5545 words it: what the
    /// run-at-a-time `ICSText.escape` must equal.
    static func escapeByteByByte(_ text: String) -> String {
        var escaped: [UInt8] = []
        var afterCR = false
        for byte in text.utf8 {
            defer { afterCR = byte == 0x0D }
            switch byte {
            case 0x5C, 0x3B, 0x2C: escaped += [0x5C, byte]
            case 0x0D: escaped += [0x5C, 0x6E]
            case 0x0A: if !afterCR { escaped += [0x5C, 0x6E] }
            case 0x09: escaped.append(byte)
            case 0x00..<0x20, 0x7F: continue
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    @Test func escapeEqualsTheByteByByteRule() async {
        let atoms = ["a", " ", "\\", ";", ",", "\r", "\n", "\r\n", "\n\r", "\t", "\u{7F}", "\u{1}", "\u{0}", "é", "🙂", "text, more; done"]
        let input = Gen.int(in: 0...(atoms.count - 1)).array(of: 0...10).map { $0.map { atoms[$0] }.joined() }
        await propertyCheck(count: 5000, input: input) { text in
            #expect(Array(ICSText.escape(text).utf8) == Array(Self.escapeByteByByte(text).utf8), "\(text.debugDescription)")
        }
    }

    @Test(.shrinking(false)) func escapedFoldedTextReadsBackEqual() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: TestPaths.python.path), "run `make deps-test`")
        // One batch of 300 strings per check: one Python run reads them all.
        await propertyCheck(count: 3, input: HostileStrings.text(maximum: 40).array(of: 100...100)) { texts in
            let folder = TemporaryFolder()
            var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//dlde-export//tests//EN\r\n"
            for (index, text) in texts.enumerated() {
                ics += "BEGIN:VEVENT\r\nUID:\(index)@tests\r\nDTSTAMP:20250101T000000Z\r\nDTSTART:20250101T000000Z\r\n"
                ics += ICSText.fold("SUMMARY:" + ICSText.escape(text))
                ics += "END:VEVENT\r\n"
            }
            ics += "END:VCALENDAR\r\n"
            let expected = texts.map { $0.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
            let icsPath = folder.write("t.ics", ics)
            let expectedPath = folder.write("expected.json", String(decoding: try! JSONSerialization.data(withJSONObject: expected), as: UTF8.self))
            let result = Run.program(TestPaths.python.path, [TestPaths.root.appendingPathComponent("tests/check_ics_text.py").path, icsPath, expectedPath])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
            for line in ics.components(separatedBy: "\r\n") {
                #expect(line.utf8.count <= 75)
            }
        }
    }
}
