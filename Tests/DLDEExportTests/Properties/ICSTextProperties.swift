import Foundation
import PropertyBased
import Testing
@testable import DLDEExport

/// ICS text, escaped and folded by `ICSText`, reads back equal through
/// Python's icalendar, for arbitrary text.
@Suite("Property: ICS text round-trips through icalendar")
struct ICSTextProperties {
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
